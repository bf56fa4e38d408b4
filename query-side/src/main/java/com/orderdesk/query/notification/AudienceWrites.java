package com.orderdesk.query.notification;

import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.query.infra.TextArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The notification projection's own tables of who is concerned: each task's watchers, title, status and due
 * date, and each order's number and followers; written, and read back to decide who hears of an event, by
 * {@link NotificationProjection} only. Every change first advances the row to the event's version, so replayed
 * events are recognised and skipped.
 */
@Repository
class AudienceWrites {

    private final JdbcClient jdbc;

    AudienceWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the projection knows of a task. */
    record TaskAudience(String taskId, String workspaceId, String title, List<String> watcherIds) {
    }

    /** What the projection knows of an order. */
    record OrderAudience(String orderId, String workspaceId, String orderNumber, List<String> followerIds) {
    }

    boolean addTask(TaskCreated e, long version) {
        return jdbc.sql("""
                        INSERT INTO query_side.notification_task (task_id, workspace_id, title, status, due_at,
                                                                  watcher_ids, version)
                        VALUES (?, ?, ?, 'TODO', ?, ?, ?)
                        ON CONFLICT (task_id) DO NOTHING""")
                   .params(e.taskId(), e.workspaceId(), e.title(), timestamp(e.dueAt()),
                           e.initialWatcherIds().toArray(String[]::new), version)
                   .update() == 1;
    }

    boolean advanceTask(String taskId, long version) {
        return jdbc.sql("UPDATE query_side.notification_task SET version = ? WHERE task_id = ? AND version < ?")
                   .params(version, taskId, version).update() == 1;
    }

    void setTask(String taskId, String column, Object value) {
        // Column names come from this package's code only, never from input.
        jdbc.sql("UPDATE query_side.notification_task SET " + column + " = ? WHERE task_id = ?")
            .params(value, taskId).update();
    }

    void watch(String taskId, String accountId) {
        TextArrays.add(jdbc, "query_side.notification_task", "watcher_ids", "task_id", taskId, accountId);
    }

    void unwatch(String taskId, String accountId) {
        TextArrays.remove(jdbc, "query_side.notification_task", "watcher_ids", "task_id", taskId, accountId);
    }

    Optional<TaskAudience> task(String taskId) {
        return jdbc.sql("SELECT task_id, workspace_id, title, watcher_ids FROM query_side.notification_task "
                        + "WHERE task_id = ?")
                   .param(taskId)
                   .query((rs, n) -> new TaskAudience(rs.getString(1), rs.getString(2), rs.getString(3),
                                                      Arrays.asList((String[]) rs.getArray(4).getArray())))
                   .optional();
    }

    void addOrder(String orderId, String workspaceId, String orderNumber, long version) {
        jdbc.sql("""
                 INSERT INTO query_side.notification_order (order_id, workspace_id, external_order_number, version)
                 VALUES (?, ?, ?, ?)
                 ON CONFLICT (order_id) DO NOTHING""")
            .params(orderId, workspaceId, orderNumber, version).update();
    }

    boolean advanceOrder(String orderId, long version) {
        return jdbc.sql("UPDATE query_side.notification_order SET version = ? WHERE order_id = ? AND version < ?")
                   .params(version, orderId, version).update() == 1;
    }

    void follow(String orderId, String accountId) {
        TextArrays.add(jdbc, "query_side.notification_order", "follower_ids", "order_id", orderId, accountId);
    }

    void unfollow(String orderId, String accountId) {
        TextArrays.remove(jdbc, "query_side.notification_order", "follower_ids", "order_id", orderId, accountId);
    }

    Optional<OrderAudience> order(String orderId) {
        return jdbc.sql("SELECT order_id, workspace_id, external_order_number, follower_ids "
                        + "FROM query_side.notification_order WHERE order_id = ?")
                   .param(orderId)
                   .query((rs, n) -> new OrderAudience(rs.getString(1), rs.getString(2), rs.getString(3),
                                                       Arrays.asList((String[]) rs.getArray(4).getArray())))
                   .optional();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
