package com.orderdesk.query.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notification table: written by the projection and the reminders, read and marked read by its owner. */
@Repository
class Inbox {

    static final String VIEW_COLUMNS = """
            n.seq, n.notification_id, n.kind, n.subject, n.detail, n.task_id, n.order_id, n.actor_id,
            a.display_name AS actor_name, n.created_at, n.read_at""";

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notification unless its recipient already has one from the same source; true if written. */
    boolean add(NewNotification n) {
        return jdbc.sql("""
                        INSERT INTO query_side.notification (recipient_id, source_key, kind, workspace_id, task_id,
                                                             order_id, actor_id, subject, detail, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (recipient_id, source_key) DO NOTHING""")
                   .params(n.recipientId(), n.sourceKey(), n.kind().name(), n.workspaceId(), n.taskId(), n.orderId(),
                           n.actorId(), n.subject(), n.detail(), Timestamp.from(n.createdAt()))
                   .update() == 1;
    }

    Optional<NotificationView> find(String recipientId, String sourceKey) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM query_side.notification n "
                        + "LEFT JOIN query_side.account a ON a.account_id = n.actor_id "
                        + "WHERE n.recipient_id = ? AND n.source_key = ?")
                   .params(recipientId, sourceKey).query(Inbox::view).optional();
    }

    /**
     * A page, newest first, or unread ones first when asked. The cursor is the last entry's position in that
     * order: its unread rank (1 unread, 0 read; always 0 without unread-first) and its sequence number.
     */
    List<Positioned> page(String recipientId, boolean unreadFirst, boolean unreadOnly, InboxCursor after,
                          int limit) {
        String rank = unreadFirst ? "CASE WHEN n.read_at IS NULL THEN 1 ELSE 0 END" : "0";
        List<Object> params = new ArrayList<>(List.of(recipientId));
        StringBuilder sql = new StringBuilder("SELECT " + VIEW_COLUMNS + ", " + rank + " AS rank "
                                              + "FROM query_side.notification n "
                                              + "LEFT JOIN query_side.account a ON a.account_id = n.actor_id "
                                              + "WHERE n.recipient_id = ?");
        if (unreadOnly) {
            sql.append(" AND n.read_at IS NULL");
        }
        if (after != null) {
            sql.append(" AND (").append(rank).append(", n.seq) < (?, ?)");
            params.add(after.rank());
            params.add(after.seq());
        }
        sql.append(" ORDER BY rank DESC, n.seq DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                   .query((rs, n) -> new Positioned(view(rs, n), new InboxCursor(rs.getInt("rank"), rs.getLong("seq"))))
                   .list();
    }

    long unreadCount(String recipientId) {
        return jdbc.sql("SELECT count(*) FROM query_side.notification WHERE recipient_id = ? AND read_at IS NULL")
                   .param(recipientId).query(Long.class).single();
    }

    /** Marks one of the recipient's notifications read (once); false when they have no such notification. */
    boolean markRead(String recipientId, UUID notificationId, Instant at) {
        jdbc.sql("""
                 UPDATE query_side.notification SET read_at = ?
                 WHERE recipient_id = ? AND notification_id = ? AND read_at IS NULL""")
            .params(Timestamp.from(at), recipientId, notificationId).update();
        return jdbc.sql("SELECT count(*) FROM query_side.notification WHERE recipient_id = ? AND notification_id = ?")
                   .params(recipientId, notificationId).query(Long.class).single() == 1;
    }

    int markAllRead(String recipientId, Instant at) {
        return jdbc.sql("UPDATE query_side.notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
                   .params(Timestamp.from(at), recipientId).update();
    }

    void deleteAll(String recipientId) {
        jdbc.sql("DELETE FROM query_side.notification WHERE recipient_id = ?").param(recipientId).update();
    }

    void replaceDetails(NotificationKind kind, Instant before, String detail) {
        jdbc.sql("UPDATE query_side.notification SET detail = ? WHERE kind = ? AND created_at < ? AND detail <> ?")
            .params(detail, kind.name(), Timestamp.from(before), detail).update();
    }

    static NotificationView view(ResultSet rs, int rowNum) throws SQLException {
        return new NotificationView(rs.getString("notification_id"), NotificationKind.valueOf(rs.getString("kind")),
                                    rs.getString("subject"), rs.getString("detail"), rs.getString("task_id"),
                                    rs.getString("order_id"), rs.getString("actor_id"), rs.getString("actor_name"),
                                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
    }

    /** An entry with its place in the page order, for the next cursor. */
    record Positioned(NotificationView view, InboxCursor position) {
    }
}
