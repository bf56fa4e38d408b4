package com.orderdesk.query.order;

import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes the order list read model. Writes are idempotent, because replays happen. */
@Repository
class OrderListRepository {

    private final JdbcClient jdbc;

    OrderListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRecorded(OrderRecorded event, Instant recordedAt, long version) {
        int inserted = jdbc.sql("""
                                INSERT INTO query_side.order_summary (order_id, workspace_id, external_order_number,
                                    sales_channel, ordered_at, recorded_at, currency, total, line_count, status, version)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?)
                                ON CONFLICT (order_id) DO NOTHING""")
                           .params(event.orderId(), event.workspaceId(), event.externalOrderNumber(),
                                   event.salesChannel(), timestamp(event.orderedAt()), timestamp(recordedAt),
                                   event.currency(), event.total(), event.lines().size(), version)
                           .update();
        if (inserted == 0) {
            return; // already projected: a replay or a redelivery
        }
        List<OrderLine> lines = event.lines();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            jdbc.sql("""
                     INSERT INTO query_side.order_line (order_id, line_no, sku, title, quantity, unit_price, line_total)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(event.orderId(), i + 1, line.sku(), line.title(), line.quantity(), line.unitPrice(),
                        line.lineTotal())
                .update();
        }
    }

    Optional<OrderSummaryRow> findSummary(String orderId) {
        return jdbc.sql("SELECT * FROM query_side.order_summary WHERE order_id = ?")
                   .param(orderId)
                   .query(OrderListRepository::summary)
                   .optional();
    }

    List<OrderLineRow> findLines(String orderId) {
        return jdbc.sql("""
                        SELECT line_no, sku, title, quantity, unit_price, line_total FROM query_side.order_line
                        WHERE order_id = ? ORDER BY line_no""")
                   .param(orderId)
                   .query((rs, n) -> new OrderLineRow(rs.getInt("line_no"), rs.getString("sku"),
                                                       rs.getString("title"), rs.getInt("quantity"),
                                                       rs.getBigDecimal("unit_price"), rs.getBigDecimal("line_total")))
                   .list();
    }

    /** Newest first; {@code after} is the last row of the previous page (keyset pagination). */
    List<OrderSummaryRow> findPage(String workspaceId, PageCursor after, int limit) {
        if (after == null) {
            return jdbc.sql("""
                            SELECT * FROM query_side.order_summary WHERE workspace_id = ?
                            ORDER BY recorded_at DESC, order_id DESC LIMIT ?""")
                       .params(workspaceId, limit)
                       .query(OrderListRepository::summary)
                       .list();
        }
        return jdbc.sql("""
                        SELECT * FROM query_side.order_summary
                        WHERE workspace_id = ? AND (recorded_at, order_id) < (?, ?)
                        ORDER BY recorded_at DESC, order_id DESC LIMIT ?""")
                   .params(workspaceId, timestamp(after.recordedAt()), after.orderId(), limit)
                   .query(OrderListRepository::summary)
                   .list();
    }

    private static OrderSummaryRow summary(ResultSet rs, int rowNum) throws SQLException {
        return new OrderSummaryRow(rs.getString("order_id"), rs.getString("workspace_id"),
                                   rs.getString("external_order_number"), rs.getString("sales_channel"),
                                   instant(rs.getTimestamp("ordered_at")), instant(rs.getTimestamp("recorded_at")),
                                   rs.getString("currency"), rs.getBigDecimal("total"), rs.getInt("line_count"),
                                   rs.getString("status"), rs.getLong("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
