package com.orderdesk.query.report;

import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatusChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The facts the order reports are computed from: per order its channel, currency, total, status and the first
 * time it was shipped, delivered, completed or cancelled, and its lines. Version-guarded, so replays change
 * nothing; a later correction (new lines, after-sales) updates the facts and every report that reads them.
 */
@Component
@ProcessingGroup(OrderReportingProjection.PROCESSING_GROUP)
class OrderReportingProjection {

    static final String PROCESSING_GROUP = "order-reporting";

    private final JdbcClient jdbc;

    OrderReportingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderRecorded e, @Timestamp Instant at, @SequenceNumber long version) {
        int inserted = jdbc.sql("""
                                INSERT INTO query_side.report_order_fact (order_id, workspace_id, channel, currency,
                                    total, status, order_time, recorded_at, version)
                                VALUES (?, ?, ?, ?, ?, 'RECORDED', ?, ?, ?)
                                ON CONFLICT (order_id) DO NOTHING""")
                           .params(e.orderId(), e.workspaceId(), e.salesChannel(), e.currency(), e.total(),
                                   java.sql.Timestamp.from(e.orderedAt() != null ? e.orderedAt() : at),
                                   java.sql.Timestamp.from(at), version)
                           .update();
        if (inserted == 1) {
            insertLines(e.orderId(), e.lines());
        }
    }

    @EventHandler
    void on(OrderStatusChanged e, @Timestamp Instant at, @SequenceNumber long version) {
        String moment = switch (e.to()) {
            case SHIPPED -> "shipped_at";
            case DELIVERED -> "delivered_at";
            case COMPLETED -> "completed_at";
            case CANCELLED -> "cancelled_at";
            default -> null;
        };
        // Version guard and change in one statement: the status change is the most frequent reporting event.
        jdbc.sql("UPDATE query_side.report_order_fact SET version = ?, status = ?,"
                 + " after_sales_kind = coalesce(?, after_sales_kind)"
                 + (moment == null ? "" : ", " + moment + " = coalesce(" + moment + ", ?)")
                 + " WHERE order_id = ? AND version < ?")
            .params(moment == null
                    ? Arrays.asList(version, e.to().name(), kind(e), e.orderId(), version)
                    : Arrays.asList(version, e.to().name(), kind(e), java.sql.Timestamp.from(at), e.orderId(),
                                    version))
            .update();
    }

    @EventHandler
    void on(OrderLinesChanged e, @SequenceNumber long version) {
        int advanced = jdbc.sql("UPDATE query_side.report_order_fact SET version = ?, total = ?"
                                + " WHERE order_id = ? AND version < ?")
                           .params(version, e.total(), e.orderId(), version).update();
        if (advanced == 1) {
            jdbc.sql("DELETE FROM query_side.report_order_line WHERE order_id = ?").param(e.orderId()).update();
            insertLines(e.orderId(), e.lines());
        }
    }

    /**
     * A rebuild starts from empty facts. Lines go first, while their facts still say which day they count in
     * (query migration V15).
     */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query_side.report_order_line").update();
        jdbc.sql("DELETE FROM query_side.report_order_fact").update();
    }


    /** All of an order's lines in one statement, so that the day figures' trigger runs once per order. */
    private void insertLines(String orderId, List<OrderLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO query_side.report_order_line (order_id, line_no, sku, quantity, line_total) VALUES ");
        List<Object> params = new ArrayList<>(lines.size() * 5);
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(orderId, i + 1, line.sku(), line.quantity(), line.lineTotal()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    private static String kind(OrderStatusChanged e) {
        return e.afterSalesKind() == null ? null : e.afterSalesKind().name();
    }
}
