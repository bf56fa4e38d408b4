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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The task board's cards, checklists and comments. Each handler applies its event only if it is newer than the
 * card ({@link TaskBoardWrites#advance}), so replays change nothing; live subscribers hear of every applied change.
 */
@Component
@ProcessingGroup(TaskBoardProjection.PROCESSING_GROUP)
class TaskBoardProjection {

    static final String PROCESSING_GROUP = "task-board";

    private final TaskBoardWrites cards;
    private final TaskBoardLiveUpdates live;

    TaskBoardProjection(TaskBoardWrites cards, TaskBoardLiveUpdates live) {
        this.cards = cards;
        this.live = live;
    }

    @EventHandler
    void on(TaskCreated e, @Timestamp Instant at, @SequenceNumber long version) {
        cards.insert(e, at, version);
        live.taskChanged(e.workspaceId(), e.taskId());
    }

    @EventHandler
    void on(TaskDetailsChanged e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.details(e.taskId(), e.title(), e.description()));
    }

    @EventHandler
    void on(TaskPriorityChanged e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.set(e.taskId(), "priority", e.priority().name()));
    }

    @EventHandler
    void on(TaskDueDateChanged e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at,
              () -> cards.set(e.taskId(), "due_at", TaskBoardWrites.timestamp(e.dueAt())));
    }

    @EventHandler
    void on(TaskLabelsChanged e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at,
              () -> cards.set(e.taskId(), "labels", TaskBoardWrites.array(e.labels())));
    }

    @EventHandler
    void on(TaskAssigned e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> {
            cards.addTo(e.taskId(), "assignee_ids", e.assigneeId());
            cards.addTo(e.taskId(), "watcher_ids", e.assigneeId());
        });
    }

    @EventHandler
    void on(TaskUnassigned e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at,
              () -> cards.removeFrom(e.taskId(), "assignee_ids", e.assigneeId()));
    }

    @EventHandler
    void on(TaskWatched e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.addTo(e.taskId(), "watcher_ids", e.watcherId()));
    }

    @EventHandler
    void on(TaskUnwatched e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at,
              () -> cards.removeFrom(e.taskId(), "watcher_ids", e.watcherId()));
    }

    @EventHandler
    void on(TaskMoved e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.move(e.taskId(), e.to().name(), e.reason()));
    }

    @EventHandler
    void on(TaskProgressReported e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.set(e.taskId(), "progress", (short) e.percent()));
    }

    @EventHandler
    void on(ChecklistItemAdded e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at,
              () -> cards.addChecklistItem(e.taskId(), e.itemId(), e.text(), version));
    }

    @EventHandler
    void on(ChecklistItemTicked e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at,
              () -> cards.tickChecklistItem(e.taskId(), e.itemId(), e.done()));
    }

    @EventHandler
    void on(ChecklistItemRemoved e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.removeChecklistItem(e.taskId(), e.itemId()));
    }

    @EventHandler
    void on(TaskCommented e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at,
              () -> cards.addComment(e.taskId(), e.commentId(), e.authorId(), e.text(), at));
    }

    @EventHandler
    void on(TaskCommentEdited e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.editComment(e.commentId(), e.text(), at));
    }

    @EventHandler
    void on(TaskCommentDeleted e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.deleteComment(e.taskId(), e.commentId()));
    }

    @EventHandler
    void on(TaskArchived e, @Timestamp Instant at, @SequenceNumber long version) {
        apply(e.workspaceId(), e.taskId(), version, at, () -> cards.set(e.taskId(), "archived", true));
    }

    private void apply(String workspaceId, String taskId, long version, Instant at, Runnable change) {
        if (cards.advance(taskId, version, at)) {
            change.run();
            live.taskChanged(workspaceId, taskId);
        }
    }

    /** A rebuild starts from an empty board (checklists and comments go with their cards). */
    @ResetHandler
    void reset() {
        cards.clear();
    }
}
