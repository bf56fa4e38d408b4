package com.orderdesk.query.task;

import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.query.infra.TextArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The writes of {@link TaskBoardProjection} to the task board's tables. Every change to a task first
 * {@link #advance advances} its card to the event's version, which is how replayed events are recognised and
 * skipped.
 */
@Repository
class TaskBoardWrites {

    private final JdbcClient jdbc;

    TaskBoardWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TaskCreated e, Instant at, long version) {
        jdbc.sql("""
                 INSERT INTO query_side.task_card (task_id, workspace_id, title, description, status, priority, due_at,
                     labels, assignee_ids, watcher_ids, order_id, creator_id, created_at, updated_at, version)
                 VALUES (?, ?, ?, ?, 'TODO', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (task_id) DO NOTHING""")
            .params(e.taskId(), e.workspaceId(), e.title(), e.description(), e.priority().name(),
                    timestamp(e.dueAt()), array(e.labels()), array(e.assigneeIds()),
                    array(e.initialWatcherIds()), e.orderId(), e.creatorId(), timestamp(at),
                    timestamp(at), version)
            .update();
    }

    /** Empties the board's tables, for a rebuild. */
    void clear() {
        jdbc.sql("DELETE FROM query_side.task_card").update(); // checklists and comments cascade
    }

    /** Moves the card to {@code version}; false when the event was already applied (a replay). */
    boolean advance(String taskId, long version, Instant at) {
        return jdbc.sql("""
                        UPDATE query_side.task_card SET version = ?, updated_at = ?
                        WHERE task_id = ? AND version < ?""")
                   .params(version, timestamp(at), taskId, version).update() == 1;
    }

    void set(String taskId, String column, Object value) {
        // Column names come from this package's code only, never from input.
        jdbc.sql("UPDATE query_side.task_card SET " + column + " = ? WHERE task_id = ?").params(value, taskId).update();
    }

    /** A reason is kept only while the task is blocked: leaving BLOCKED clears it. */
    void move(String taskId, String status, String reason) {
        jdbc.sql("UPDATE query_side.task_card SET status = ?, blocked_reason = ? WHERE task_id = ?")
            .params(status, status.equals("BLOCKED") ? reason : null, taskId).update();
    }

    void details(String taskId, String title, String description) {
        jdbc.sql("UPDATE query_side.task_card SET title = ?, description = ? WHERE task_id = ?")
            .params(title, description, taskId).update();
    }

    void addTo(String taskId, String arrayColumn, String accountId) {
        TextArrays.add(jdbc, "query_side.task_card", arrayColumn, "task_id", taskId, accountId);
    }

    void removeFrom(String taskId, String arrayColumn, String accountId) {
        TextArrays.remove(jdbc, "query_side.task_card", arrayColumn, "task_id", taskId, accountId);
    }

    void addChecklistItem(String taskId, String itemId, String text, long position) {
        jdbc.sql("""
                 INSERT INTO query_side.task_checklist_item (item_id, task_id, position, text) VALUES (?, ?, ?, ?)
                 ON CONFLICT (item_id) DO NOTHING""")
            .params(itemId, taskId, position, text).update();
        countChecklist(taskId);
    }

    void tickChecklistItem(String taskId, String itemId, boolean done) {
        jdbc.sql("UPDATE query_side.task_checklist_item SET done = ? WHERE item_id = ?").params(done, itemId).update();
        countChecklist(taskId);
    }

    void removeChecklistItem(String taskId, String itemId) {
        jdbc.sql("DELETE FROM query_side.task_checklist_item WHERE item_id = ?").params(itemId).update();
        countChecklist(taskId);
    }

    void addComment(String taskId, String commentId, String authorId, String text, Instant at) {
        jdbc.sql("""
                 INSERT INTO query_side.task_comment (comment_id, task_id, author_id, text, created_at)
                 VALUES (?, ?, ?, ?, ?)
                 ON CONFLICT (comment_id) DO NOTHING""")
            .params(commentId, taskId, authorId, text, timestamp(at)).update();
        countComments(taskId);
    }

    void editComment(String commentId, String text, Instant at) {
        jdbc.sql("UPDATE query_side.task_comment SET text = ?, edited_at = ? WHERE comment_id = ?")
            .params(text, timestamp(at), commentId).update();
    }

    void deleteComment(String taskId, String commentId) {
        jdbc.sql("DELETE FROM query_side.task_comment WHERE comment_id = ?").params(commentId).update();
        countComments(taskId);
    }

    private void countChecklist(String taskId) {
        jdbc.sql("""
                 UPDATE query_side.task_card SET
                     checklist_total = (SELECT count(*) FROM query_side.task_checklist_item WHERE task_id = ?),
                     checklist_done = (SELECT count(*) FROM query_side.task_checklist_item WHERE task_id = ? AND done)
                 WHERE task_id = ?""")
            .params(taskId, taskId, taskId).update();
    }

    private void countComments(String taskId) {
        jdbc.sql("""
                 UPDATE query_side.task_card
                 SET comment_count = (SELECT count(*) FROM query_side.task_comment WHERE task_id = ?)
                 WHERE task_id = ?""")
            .params(taskId, taskId).update();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
