package com.orderdesk.command.order;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Claims live in {@code command_side.order_number_claim}. A concurrent claim of the same number waits on the
 * primary key until the first transaction ends, then finds the row: exactly one order wins.
 */
@Component
class JdbcOrderNumberRegistry implements OrderNumberRegistry {

    private final JdbcClient jdbc;

    JdbcOrderNumberRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String workspaceId, String externalOrderNumber, String orderId) {
        int inserted = jdbc.sql("""
                                INSERT INTO command_side.order_number_claim (workspace_id, external_order_number, order_id)
                                VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                           .params(workspaceId, externalOrderNumber, orderId)
                           .update();
        if (inserted == 0) {
            String holder = jdbc.sql("""
                                     SELECT order_id FROM command_side.order_number_claim
                                     WHERE workspace_id = ? AND external_order_number = ?""")
                                .params(workspaceId, externalOrderNumber)
                                .query(String.class)
                                .single();
            throw new DuplicateExternalOrderNumber(externalOrderNumber, holder);
        }
    }

    @Override
    public boolean isRecorded(String workspaceId, String orderId) {
        return jdbc.sql("""
                        SELECT count(*) FROM command_side.order_number_claim WHERE workspace_id = ? AND order_id = ?""")
                   .params(workspaceId, orderId).query(Long.class).single() > 0;
    }

    @Override
    public Map<String, String> recordedOrderIds(String workspaceId, Collection<String> numbers) {
        Map<String, String> ids = new HashMap<>();
        if (!numbers.isEmpty()) {
            jdbc.sql("""
                     SELECT external_order_number, order_id FROM command_side.order_number_claim
                     WHERE workspace_id = ? AND external_order_number = ANY (?)""")
                .params(workspaceId, numbers.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> ids.put(rs.getString(1), rs.getString(2)));
        }
        return ids;
    }
}
