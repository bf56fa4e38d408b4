package com.orderdesk.query.task;

import com.orderdesk.query.infra.LiveChanges;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Updates of the live board ({@link FetchTaskBoard}). The board projection calls {@link #taskChanged} after
 * writing; when the transaction commits every query-side instance hears of it ({@link LiveChanges}) and sends the
 * card to its board subscribers of the workspace, and the linked order's views hear of it too
 * ({@link LinkedTaskListener}). Nothing is read on an instance where nobody subscribes.
 */
@Component
class TaskBoardLiveUpdates {

    private static final String VIEW = "task";

    private final TaskBoardReads reads;
    private final QueryUpdateEmitter emitter;
    private final LinkedTaskListener linkedOrders;
    private final LiveChanges changes;

    TaskBoardLiveUpdates(TaskBoardReads reads, QueryUpdateEmitter emitter, LinkedTaskListener linkedOrders,
                         LiveChanges changes) {
        this.reads = reads;
        this.emitter = emitter;
        this.linkedOrders = linkedOrders;
        this.changes = changes;
        changes.on(VIEW, change -> emit(change.scope(), change.id()));
    }

    /** Told to every query-side instance when the transaction commits. */
    void taskChanged(String workspaceId, String taskId) {
        changes.announce(VIEW, workspaceId, taskId, null);
    }

    private void emit(String workspaceId, String taskId) {
        if (emitter.activeSubscriptions().isEmpty()) {
            return;
        }
        reads.card(workspaceId, taskId).ifPresent(card -> {
            if (boardWatched(workspaceId)) {
                emitter.emit(FetchTaskBoard.class, q -> q.workspaceId().equals(workspaceId), card);
            }
            if (card.orderId() != null) {
                linkedOrders.linkedTaskChanged(workspaceId, card.orderId());
            }
        });
    }

    private boolean boardWatched(String workspaceId) {
        return emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload)
                      .anyMatch(q -> q instanceof FetchTaskBoard board && board.workspaceId().equals(workspaceId));
    }
}
