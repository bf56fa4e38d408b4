package com.orderdesk.query.task;

import com.orderdesk.events.task.ChecklistItemAdded;
import com.orderdesk.events.task.ChecklistItemRemoved;
import com.orderdesk.events.task.ChecklistItemTicked;
import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCommentDeleted;
import com.orderdesk.events.task.TaskCommentEdited;
import com.orderdesk.events.task.TaskCommented;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDetailsChanged;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskLabelsChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriorityChanged;
import com.orderdesk.events.task.TaskProgressReported;
import com.orderdesk.events.task.TaskUnassigned;
import com.orderdesk.events.task.TaskUnwatched;
import com.orderdesk.events.task.TaskWatched;
import com.orderdesk.query.infra.DeferredInserts;
import com.orderdesk.query.infra.HistoryLines;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every event of a task as a line of its activity: when, who (from the event's metadata) and what changed.
 * Comment texts are not copied here; the detail shows the comments themselves. Same processing group as the
 * board, so a task's detail and its activity are always at the same version.
 */
@Component
@ProcessingGroup(TaskBoardProjection.PROCESSING_GROUP)
class TaskActivityProjection {

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    TaskActivityProjection(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    @EventHandler
    void on(TaskCreated e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Created \"" + e.title() + "\""
                + (e.orderId() == null ? "" : " for order " + e.orderId())
                + (e.assigneeIds().isEmpty() ? "" : ", assigned to " + String.join(", ", e.assigneeIds())));
    }

    @EventHandler
    void on(TaskDetailsChanged e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Title or description changed: \"" + e.title() + "\"");
    }

    @EventHandler
    void on(TaskPriorityChanged e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Priority " + e.priority());
    }

    @EventHandler
    void on(TaskDueDateChanged e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, e.dueAt() == null ? "Due date removed" : "Due " + e.dueAt());
    }

    @EventHandler
    void on(TaskLabelsChanged e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Labels: " + String.join(", ", e.labels()));
    }

    @EventHandler
    void on(TaskAssigned e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Assigned " + e.assigneeId());
    }

    @EventHandler
    void on(TaskUnassigned e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Unassigned " + e.assigneeId());
    }

    @EventHandler
    void on(TaskWatched e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, e.watcherId() + " watches the task");
    }

    @EventHandler
    void on(TaskUnwatched e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, e.watcherId() + " stopped watching");
    }

    @EventHandler
    void on(TaskMoved e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Moved " + e.from() + " → " + e.to()
                + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason()));
    }

    @EventHandler
    void on(TaskProgressReported e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Progress " + e.percent() + " %");
    }

    @EventHandler
    void on(ChecklistItemAdded e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Checklist item added: " + e.text());
    }

    @EventHandler
    void on(ChecklistItemTicked e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Checklist item " + e.itemId() + (e.done() ? " ticked" : " unticked"));
    }

    @EventHandler
    void on(ChecklistItemRemoved e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Checklist item " + e.itemId() + " removed");
    }

    @EventHandler
    void on(TaskCommented e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Comment " + e.commentId() + " added"
                + (e.mentionedIds().isEmpty() ? "" : ", mentioning " + String.join(", ", e.mentionedIds())));
    }

    @EventHandler
    void on(TaskCommentEdited e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Comment " + e.commentId() + " edited");
    }

    @EventHandler
    void on(TaskCommentDeleted e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Comment " + e.commentId() + " deleted");
    }

    @EventHandler
    void on(TaskArchived e, EventMessage<?> m, @SequenceNumber long seq) {
        record(m, e.taskId(), e.workspaceId(), seq, "Archived");
    }

    private void record(EventMessage<?> message, String taskId, String workspaceId, long sequence, String summary) {
        HistoryLines.record(inserts, "query_side.task_activity", "task_id", message, taskId, workspaceId, sequence,
                            summary);
    }

    /** A rebuild starts from an empty activity log. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query_side.task_activity").update();
    }
}
