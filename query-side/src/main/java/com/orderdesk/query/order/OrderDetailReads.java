package com.orderdesk.query.order;

import com.orderdesk.events.order.ShippingAddress;
import com.orderdesk.query.infra.ConsistentRead;
import com.orderdesk.query.task.TaskBoardReads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads one order's detail within a workspace: its summary row, lines, notes and attachments (written by
 * {@link OrderListProjection}), its history ({@link OrderTimelineProjection}) and the tasks linked to it.
 */
@Repository
class OrderDetailReads {

    private final JdbcClient jdbc;
    private final OrderListReads orders;
    private final TaskBoardReads tasks;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderDetailReads(JdbcClient jdbc, OrderListReads orders, TaskBoardReads tasks) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.tasks = tasks;
    }

    /** The live order detail's current state (null when the order is gone). */
    @QueryHandler
    OrderDetailView handle(FetchOrderDetail query) {
        return detail(query.workspaceId(), query.orderId()).orElse(null);
    }

    /** The order's summary row, if it exists and belongs to the workspace. */
    Optional<OrderSummaryRow> summary(String workspaceId, String orderId) {
        return orders.summary(workspaceId, orderId);
    }

    @ConsistentRead
    Optional<OrderDetailView> detail(String workspaceId, String orderId) {
        return summary(workspaceId, orderId).map(this::detail);
    }

    OrderDetailView detail(OrderSummaryRow row) {
        String orderId = row.orderId();
        OrderDetailView.Customer customer = row.customerName() == null && row.customerPhone() == null
                                            && row.shippingAddressJson() == null ? null
                : new OrderDetailView.Customer(row.customerName(), row.customerPhone(),
                                               row.shippingAddressJson() == null ? null
                                                       : json.readValue(row.shippingAddressJson(),
                                                                        ShippingAddress.class));
        return new OrderDetailView(
                orderId, row.workspaceId(), row.externalOrderNumber(), row.salesChannel(), row.orderedAt(),
                row.recordedAt(), row.updatedAt(), row.status(), row.currency(), row.total(),
                lines(orderId).stream().map(l -> new OrderDetailView.Line(l.sku(), l.title(), l.quantity(),
                                                                          l.unitPrice(), l.lineTotal())).toList(),
                customer, row.buyerNote(), row.tags(),
                row.carrier() == null ? null : new OrderDetailView.Shipment(row.carrier(), row.trackingNumber()),
                notes(orderId), attachments(orderId), history(orderId), tasks.linkedTo(row.workspaceId(), orderId),
                row.followerIds(), row.version());
    }

    /** The order's lines in their order. */
    List<OrderLineRow> lines(String orderId) {
        return jdbc.sql("""
                        SELECT line_no, sku, title, quantity, unit_price, line_total FROM query_side.order_line
                        WHERE order_id = ? ORDER BY line_no""")
                   .param(orderId)
                   .query((rs, n) -> new OrderLineRow(rs.getInt("line_no"), rs.getString("sku"),
                                                       rs.getString("title"), rs.getInt("quantity"),
                                                       rs.getBigDecimal("unit_price"), rs.getBigDecimal("line_total")))
                   .list();
    }

    private List<OrderDetailView.Note> notes(String orderId) {
        return jdbc.sql("""
                        SELECT note_id, author_id, text, created_at, edited_at FROM query_side.order_note
                        WHERE order_id = ? ORDER BY created_at, note_id""")
                   .param(orderId)
                   .query((rs, n) -> new OrderDetailView.Note(rs.getString("note_id"), rs.getString("author_id"),
                                                              rs.getString("text"),
                                                              instant(rs.getTimestamp("created_at")),
                                                              instant(rs.getTimestamp("edited_at"))))
                   .list();
    }

    private List<OrderDetailView.Attachment> attachments(String orderId) {
        return jdbc.sql("""
                        SELECT attachment_id, file_name, content_type, size, sha256, added_at
                        FROM query_side.order_attachment WHERE order_id = ? ORDER BY added_at, attachment_id""")
                   .param(orderId)
                   .query((rs, n) -> new OrderDetailView.Attachment(rs.getString("attachment_id"),
                                                                    rs.getString("file_name"),
                                                                    rs.getString("content_type"), rs.getLong("size"),
                                                                    rs.getString("sha256"),
                                                                    instant(rs.getTimestamp("added_at"))))
                   .list();
    }

    /** The order's history, oldest first. */
    private List<OrderDetailView.HistoryEntry> history(String orderId) {
        return jdbc.sql("""
                        SELECT sequence_number, at, event_type, actor_id, actor_role, summary
                        FROM query_side.order_timeline WHERE order_id = ? ORDER BY sequence_number""")
                   .param(orderId)
                   .query((rs, n) -> new OrderDetailView.HistoryEntry(rs.getLong("sequence_number"),
                                                                      rs.getTimestamp("at").toInstant(),
                                                                      rs.getString("event_type"),
                                                                      rs.getString("actor_id"),
                                                                      rs.getString("actor_role"),
                                                                      rs.getString("summary")))
                   .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
