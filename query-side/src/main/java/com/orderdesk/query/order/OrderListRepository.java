package com.orderdesk.query.order;

import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.events.order.ShippingAddress;
import com.orderdesk.personaldata.PersonalDataCodec;
import com.orderdesk.query.infra.TextArrays;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes the order list and detail read model. Every change after recording first advances the
 * order's version; an event at or below the stored version is a replay and changes nothing.
 */
@Repository
class OrderListRepository {

    private static final String SUMMARY = "query_side.order_summary";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- writes ------------------------------------------------------------------------------------------------

    void insertRecorded(OrderRecorded event, Instant recordedAt, long version) {
        CustomerContact customer = event.customer();
        Instant orderTime = event.orderedAt() != null ? event.orderedAt() : recordedAt;
        int inserted = jdbc.sql("""
                                INSERT INTO query_side.order_summary (order_id, workspace_id, external_order_number,
                                    sales_channel, ordered_at, order_time, recorded_at, updated_at, currency, total,
                                    line_count, status, version, customer_name, customer_phone, shipping_address,
                                    buyer_note, tags)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?, ?, ?, ?, ?, ?)
                                ON CONFLICT (order_id) DO NOTHING""")
                           .params(event.orderId(), event.workspaceId(), event.externalOrderNumber(),
                                   event.salesChannel(), timestamp(event.orderedAt()), timestamp(orderTime),
                                   timestamp(recordedAt), timestamp(recordedAt), event.currency(), event.total(),
                                   event.lines().size(), version, customer == null ? null : customer.name(),
                                   customer == null ? null : customer.phone(), addressJson(customer),
                                   event.buyerNote(), event.tags().toArray(String[]::new))
                           .update();
        if (inserted == 1) {
            insertLines(event.orderId(), event.lines());
        }
    }

    /** Empties the order list's tables, for a rebuild. */
    void clear() {
        jdbc.sql("DELETE FROM query_side.order_line").update();
        jdbc.sql("DELETE FROM query_side.order_note").update();
        jdbc.sql("DELETE FROM query_side.order_attachment").update();
        jdbc.sql("DELETE FROM query_side.order_summary").update();
    }

    /** Moves the order to {@code version}; false when the event was already applied (a replay). */
    boolean advance(String orderId, long version, Instant at) {
        return jdbc.sql("""
                        UPDATE query_side.order_summary SET version = ?, updated_at = ?
                        WHERE order_id = ? AND version < ?""")
                   .params(version, timestamp(at), orderId, version).update() == 1;
    }

    void setStatus(String orderId, String status, Shipment shipment) {
        jdbc.sql("""
                 UPDATE query_side.order_summary
                 SET status = ?, carrier = coalesce(?, carrier), tracking_number = coalesce(?, tracking_number)
                 WHERE order_id = ?""")
            .params(status, shipment == null ? null : shipment.carrier(),
                    shipment == null ? null : shipment.trackingNumber(), orderId)
            .update();
    }

    void replaceLines(String orderId, List<OrderLine> lines, BigDecimal total) {
        jdbc.sql("DELETE FROM query_side.order_line WHERE order_id = ?").param(orderId).update();
        insertLines(orderId, lines);
        jdbc.sql("UPDATE query_side.order_summary SET total = ?, line_count = ? WHERE order_id = ?")
            .params(total, lines.size(), orderId).update();
    }

    void setCustomer(String orderId, CustomerContact customer) {
        jdbc.sql("""
                 UPDATE query_side.order_summary SET customer_name = ?, customer_phone = ?, shipping_address = ?
                 WHERE order_id = ?""")
            .params(customer == null ? null : customer.name(), customer == null ? null : customer.phone(),
                    addressJson(customer), orderId)
            .update();
    }

    /**
     * The customer's contact, buyer note and shipment as a replay after erasure writes them (every text
     * "[erased]"), and the attachments (files typically carry the customer's data).
     */
    void eraseCustomer(String orderId) {
        String erased = PersonalDataCodec.ERASED;
        String address = addressJson(new CustomerContact(erased, erased,
                                                         new ShippingAddress(erased, erased, erased, erased, erased)));
        jdbc.sql("""
                 UPDATE query_side.order_summary
                 SET customer_name = CASE WHEN has_contact THEN ? END,
                     customer_phone = CASE WHEN has_contact THEN ? END,
                     shipping_address = CASE WHEN has_contact THEN ? END,
                     buyer_note = CASE WHEN buyer_note IS NULL THEN NULL ELSE ? END,
                     carrier = CASE WHEN carrier IS NULL THEN NULL ELSE ? END,
                     tracking_number = CASE WHEN tracking_number IS NULL THEN NULL ELSE ? END
                 FROM (SELECT customer_name IS NOT NULL OR customer_phone IS NOT NULL OR shipping_address IS NOT NULL
                              AS has_contact
                       FROM query_side.order_summary WHERE order_id = ?) contact
                 WHERE order_id = ?""")
            .params(erased, erased, address, erased, erased, erased, orderId, orderId).update();
        jdbc.sql("DELETE FROM query_side.order_attachment WHERE order_id = ?").param(orderId).update();
    }

    void setBuyerNote(String orderId, String buyerNote) {
        jdbc.sql("UPDATE query_side.order_summary SET buyer_note = ? WHERE order_id = ?")
            .params(buyerNote, orderId).update();
    }

    void addTag(String orderId, String tag) {
        TextArrays.add(jdbc, SUMMARY, "tags", "order_id", orderId, tag);
    }

    void removeTag(String orderId, String tag) {
        TextArrays.remove(jdbc, SUMMARY, "tags", "order_id", orderId, tag);
    }

    void addFollower(String orderId, String accountId) {
        TextArrays.add(jdbc, SUMMARY, "follower_ids", "order_id", orderId, accountId);
    }

    void removeFollower(String orderId, String accountId) {
        TextArrays.remove(jdbc, SUMMARY, "follower_ids", "order_id", orderId, accountId);
    }

    void addNote(String orderId, String noteId, String authorId, String text, Instant at) {
        jdbc.sql("""
                 INSERT INTO query_side.order_note (note_id, order_id, author_id, text, created_at)
                 VALUES (?, ?, ?, ?, ?) ON CONFLICT (note_id) DO NOTHING""")
            .params(noteId, orderId, authorId, text, timestamp(at)).update();
    }

    void editNote(String noteId, String text, Instant at) {
        jdbc.sql("UPDATE query_side.order_note SET text = ?, edited_at = ? WHERE note_id = ?")
            .params(text, timestamp(at), noteId).update();
    }

    void deleteNote(String noteId) {
        jdbc.sql("DELETE FROM query_side.order_note WHERE note_id = ?").param(noteId).update();
    }

    void addAttachment(String orderId, String attachmentId, String fileName, String contentType, long size,
                       String sha256, Instant at) {
        jdbc.sql("""
                 INSERT INTO query_side.order_attachment (attachment_id, order_id, file_name, content_type, size,
                                                          sha256, added_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attachment_id) DO NOTHING""")
            .params(attachmentId, orderId, fileName, contentType, size, sha256, timestamp(at)).update();
    }

    void removeAttachment(String attachmentId) {
        jdbc.sql("DELETE FROM query_side.order_attachment WHERE attachment_id = ?").param(attachmentId).update();
    }

    private void insertLines(String orderId, List<OrderLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            jdbc.sql("""
                     INSERT INTO query_side.order_line (order_id, line_no, sku, title, quantity, unit_price, line_total)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, i + 1, line.sku(), line.title(), line.quantity(), line.unitPrice(), line.lineTotal())
                .update();
        }
    }

    private String addressJson(CustomerContact customer) {
        return customer == null || customer.address() == null ? null : json.writeValueAsString(customer.address());
    }

    // --- reads -------------------------------------------------------------------------------------------------

    Optional<OrderSummaryRow> findSummary(String orderId) {
        return jdbc.sql("SELECT * FROM query_side.order_summary WHERE order_id = ?")
                   .param(orderId).query(OrderListRepository::summary).optional();
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

    List<NoteRow> findNotes(String orderId) {
        return jdbc.sql("""
                        SELECT note_id, author_id, text, created_at, edited_at FROM query_side.order_note
                        WHERE order_id = ? ORDER BY created_at, note_id""")
                   .param(orderId)
                   .query((rs, n) -> new NoteRow(rs.getString("note_id"), rs.getString("author_id"),
                                                  rs.getString("text"), instant(rs.getTimestamp("created_at")),
                                                  instant(rs.getTimestamp("edited_at"))))
                   .list();
    }

    List<AttachmentRow> findAttachments(String orderId) {
        return jdbc.sql("""
                        SELECT attachment_id, file_name, content_type, size, sha256, added_at
                        FROM query_side.order_attachment WHERE order_id = ? ORDER BY added_at, attachment_id""")
                   .param(orderId)
                   .query((rs, n) -> new AttachmentRow(rs.getString("attachment_id"), rs.getString("file_name"),
                                                        rs.getString("content_type"), rs.getLong("size"),
                                                        rs.getString("sha256"), instant(rs.getTimestamp("added_at"))))
                   .list();
    }

    /** A page of the workspace's orders, after the cursor's position in the requested sort. */
    List<OrderSummaryRow> findPage(String workspaceId, OrderFilter filter, OrderSort sort, boolean ascending,
                                   PageCursor after, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM query_side.order_summary WHERE ");
        where(sql, params, workspaceId, filter, true);
        if (after != null) {
            sql.append(" AND (").append(sort.column).append(", order_id) ").append(ascending ? ">" : "<")
               .append(" (?, ?)");
            params.add(sort.parameter(after.value()));
            params.add(after.orderId());
        }
        String direction = ascending ? " ASC" : " DESC";
        sql.append(" ORDER BY ").append(sort.column).append(direction).append(", order_id").append(direction)
           .append(" LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(OrderListRepository::summary).list();
    }

    /** How many orders match the filter in each status (the status filter itself aside), for a filter bar. */
    Map<String, Long> countByStatus(String workspaceId, OrderFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT status, count(*) FROM query_side.order_summary WHERE ");
        where(sql, params, workspaceId, filter, false);
        sql.append(" GROUP BY status");
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql.toString()).params(params)
            .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private static void where(StringBuilder sql, List<Object> params, String workspaceId, OrderFilter filter,
                              boolean withStatus) {
        sql.append("workspace_id = ?");
        params.add(workspaceId);
        if (withStatus && filter.statuses() != null && !filter.statuses().isEmpty()) {
            sql.append(" AND status = ANY (?)");
            params.add(filter.statuses().toArray(String[]::new));
        }
        if (filter.channel() != null) {
            sql.append(" AND sales_channel = ?");
            params.add(filter.channel());
        }
        if (filter.tag() != null) {
            sql.append(" AND tags @> ARRAY[?]::text[]");
            params.add(filter.tag());
        }
        if (filter.from() != null) {
            sql.append(" AND order_time >= ?");
            params.add(timestamp(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND order_time < ?");
            params.add(timestamp(filter.to()));
        }
        if (filter.assigneeId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM query_side.task_card t WHERE t.order_id = order_summary.order_id"
                       + " AND t.assignee_ids @> ARRAY[?]::text[])");
            params.add(filter.assigneeId());
        }
        if (filter.text() != null) {
            sql.append(" AND (external_order_number ILIKE ? ESCAPE '\\' OR customer_name ILIKE ? ESCAPE '\\')");
            String pattern = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
    }

    private static OrderSummaryRow summary(ResultSet rs, int rowNum) throws SQLException {
        Array tags = rs.getArray("tags");
        return new OrderSummaryRow(rs.getString("order_id"), rs.getString("workspace_id"),
                                   rs.getString("external_order_number"), rs.getString("sales_channel"),
                                   instant(rs.getTimestamp("ordered_at")), instant(rs.getTimestamp("order_time")),
                                   instant(rs.getTimestamp("recorded_at")), instant(rs.getTimestamp("updated_at")),
                                   rs.getString("currency"), rs.getBigDecimal("total"), rs.getInt("line_count"),
                                   rs.getString("status"), rs.getLong("version"), rs.getString("customer_name"),
                                   rs.getString("customer_phone"), rs.getString("shipping_address"),
                                   rs.getString("buyer_note"),
                                   tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                                   rs.getString("carrier"), rs.getString("tracking_number"),
                                   Arrays.asList((String[]) rs.getArray("follower_ids").getArray()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A row of {@code query_side.order_note}. */
    record NoteRow(String noteId, String authorId, String text, Instant createdAt, Instant editedAt) {
    }

    /** A row of {@code query_side.order_attachment}. */
    record AttachmentRow(String attachmentId, String fileName, String contentType, long size, String sha256,
                         Instant addedAt) {
    }
}
