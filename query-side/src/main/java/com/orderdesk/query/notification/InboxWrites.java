package com.orderdesk.query.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes of the notification table: new notifications and their erasure or expiry (for the notification
 * projection, through {@link Notifier}), and read marks, which the recipient sets as their own view state.
 */
@Repository
class InboxWrites {

    private final JdbcClient jdbc;

    InboxWrites(JdbcClient jdbc) {
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
}
