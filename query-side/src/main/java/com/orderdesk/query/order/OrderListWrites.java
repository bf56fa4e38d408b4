package com.orderdesk.query.order;

import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.events.order.ShippingAddress;
import com.orderdesk.personaldata.PersonalDataCodec;
import com.orderdesk.query.infra.TextArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of {@link OrderListProjection} to the order list and detail tables. Every change after recording
 * first {@link #advance advances} the order's version; an event at or below the stored version is a replay and
 * changes nothing.
 */
@Repository
class OrderListWrites {

    private static final String SUMMARY = "query_side.order_summary";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderListWrites(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
    }

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

    /**
     * Advances the order to {@code version} and sets its status in one statement (the most frequent change); false
     * when the event was already applied.
     */
    boolean advanceToStatus(String orderId, long version, Instant at, String status, Shipment shipment) {
        return jdbc.sql("""
                        UPDATE query_side.order_summary
                        SET version = ?, updated_at = ?, status = ?, carrier = coalesce(?, carrier),
                            tracking_number = coalesce(?, tracking_number)
                        WHERE order_id = ? AND version < ?""")
                   .params(version, timestamp(at), status, shipment == null ? null : shipment.carrier(),
                           shipment == null ? null : shipment.trackingNumber(), orderId, version)
                   .update() == 1;
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

    /** All lines in one round trip (a JDBC batch). */
    private void insertLines(String orderId, List<OrderLine> lines) {
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            rows.add(new Object[]{orderId, i + 1, line.sku(), line.title(), line.quantity(), line.unitPrice(),
                                  line.lineTotal()});
        }
        batch.batchUpdate("""
                          INSERT INTO query_side.order_line (order_id, line_no, sku, title, quantity, unit_price,
                                                             line_total)
                          VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private String addressJson(CustomerContact customer) {
        return customer == null || customer.address() == null ? null : json.writeValueAsString(customer.address());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
