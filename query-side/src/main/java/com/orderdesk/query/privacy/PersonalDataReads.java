package com.orderdesk.query.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * The right of access: everything the read models hold about one account, as one JSON document, written row by
 * row so a long history never sits in memory. Each section selects by the account's id only, so nothing of other
 * people is in it but ids (who assigned a task, on which order a note was written).
 */
@Component
class PersonalDataReads {

    /** A named part of the document and the query that fills it (the only parameter: the account id). */
    private record Section(String name, String sql) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("account", """
                    SELECT a.account_id, a.workspace_id, w.name AS workspace_name, a.role, a.status, a.username,
                           a.mobile, a.display_name, a.registered_at, a.last_login_at, a.locked_until
                    FROM query_side.account a LEFT JOIN query_side.workspace w ON w.workspace_id = a.workspace_id
                    WHERE a.account_id = ?"""),
            new Section("logins", """
                    SELECT at, outcome, reason, client_ip, user_agent, abnormal FROM query_side.login_history
                    WHERE account_id = ? ORDER BY at"""),
            new Section("ordersRecorded", """
                    SELECT o.order_id, o.external_order_number, o.sales_channel, o.ordered_at, o.recorded_at,
                           o.currency, o.total, o.status
                    FROM query_side.order_summary o
                    WHERE o.order_id IN (SELECT order_id FROM query_side.order_timeline
                                         WHERE actor_id = ? AND event_type = 'OrderRecorded')
                    ORDER BY o.recorded_at"""),
            new Section("orderNotes", """
                    SELECT note_id, order_id, text, created_at FROM query_side.order_note
                    WHERE author_id = ? ORDER BY created_at"""),
            new Section("tasksCreated", """
                    SELECT c.task_id, c.title, c.description, c.status, c.priority, c.due_at, c.labels, c.created_at
                    FROM query_side.task_card c
                    WHERE c.task_id IN (SELECT task_id FROM query_side.task_activity
                                        WHERE actor_id = ? AND event_type = 'TaskCreated')
                    ORDER BY c.created_at"""),
            new Section("taskComments", """
                    SELECT comment_id, task_id, text, created_at, edited_at FROM query_side.task_comment
                    WHERE author_id = ? ORDER BY created_at"""),
            new Section("notifications", """
                    SELECT notification_id, kind, subject, detail, task_id, order_id, created_at, read_at
                    FROM query_side.notification WHERE recipient_id = ? ORDER BY seq"""),
            new Section("supportRequests", """
                    SELECT r.request_id, r.kind, r.status, r.subject, r.submitted_at, r.due_at, r.resolution,
                           (SELECT coalesce(json_agg(json_build_object('kind', m.kind, 'text', m.text, 'at', m.at)
                                                     ORDER BY m.sequence_number), '[]'::json)::text
                            FROM query_side.support_message m WHERE m.request_id = r.request_id) AS messages_json
                    FROM query_side.support_request r WHERE r.account_id = ? ORDER BY r.submitted_at"""),
            new Section("auditEntries", """
                    SELECT at, event_type, aggregate_type, aggregate_id, outcome, reason, summary, client_ip,
                           user_agent, request_id
                    FROM query_side.audit_trail WHERE actor_id = ? ORDER BY at, entry_id"""));

    private final JdbcClient jdbc;

    PersonalDataReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(String accountId, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("format", "orderdesk-personal-data-export/1");
        out.writeStringProperty("accountId", accountId);
        for (Section section : SECTIONS) {
            out.writeArrayPropertyStart(section.name());
            jdbc.sql(section.sql()).param(accountId).query((ResultSet rs) -> {
                row(rs, out);
            });
            out.writeEndArray();
        }
        out.writeEndObject();
        out.flush();
    }

    /**
     * An owner's export of one customer's data (the customer has no account): every order of the workspace with
     * this customer phone number, with contact, buyer note and lines.
     */
    void writeCustomer(String workspaceId, String phone, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("format", "orderdesk-customer-data-export/1");
        out.writeStringProperty("customerPhone", phone);
        out.writeArrayPropertyStart("orders");
        jdbc.sql("""
                 SELECT o.order_id, o.external_order_number, o.sales_channel, o.ordered_at, o.recorded_at, o.status,
                        o.currency, o.total, o.customer_name, o.customer_phone, o.shipping_address AS shipping_address_json,
                        o.buyer_note,
                        (SELECT json_agg(json_build_object('sku', l.sku, 'title', l.title, 'quantity', l.quantity,
                                                           'unitPrice', l.unit_price::text,
                                                           'lineTotal', l.line_total::text) ORDER BY l.line_no)::text
                         FROM query_side.order_line l WHERE l.order_id = o.order_id) AS lines_json
                 FROM query_side.order_summary o
                 WHERE o.workspace_id = ? AND o.customer_phone = ? ORDER BY o.recorded_at""")
            .params(workspaceId, phone).query((ResultSet rs) -> {
                row(rs, out);
            });
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }

    private static void row(ResultSet rs, JsonGenerator out) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        out.writeStartObject();
        for (int c = 1; c <= columns.getColumnCount(); c++) {
            String label = columns.getColumnLabel(c);
            if (label.endsWith("_json")) {
                out.writeName(label.substring(0, label.length() - "_json".length()));
                String raw = rs.getString(c);
                if (raw == null) {
                    out.writeNull();
                } else {
                    out.writeRawValue(raw);
                }
                continue;
            }
            out.writeName(label);
            Object value = rs.getObject(c);
            if (value == null) {
                out.writeNull();
            } else if (value instanceof Timestamp timestamp) {
                out.writeString(timestamp.toInstant().toString());
            } else if (value instanceof Boolean bool) {
                out.writeBoolean(bool);
            } else if (value instanceof Array array) {
                out.writeStartArray();
                for (Object element : (Object[]) array.getArray()) {
                    out.writeString(String.valueOf(element));
                }
                out.writeEndArray();
            } else if (columns.getColumnType(c) == Types.NUMERIC) {
                out.writeNumber(rs.getBigDecimal(c));
            } else {
                out.writeString(value.toString());
            }
        }
        out.writeEndObject();
    }
}
