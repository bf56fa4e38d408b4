package com.orderdesk.query.task;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Updates of the live board ({@link FetchTaskBoard}). The board projection calls {@link #taskChanged} after
 * writing; the card goes out when the transaction commits to the workspace's board subscribers, and the linked
 * order's views hear of it too ({@link LinkedTaskListener}). Nothing is read while nobody subscribes, so replays
 * pay nothing.
 */
@Component
class TaskBoardLiveUpdates {

    private final TaskBoardReads reads;
    private final QueryUpdateEmitter emitter;
    private final LinkedTaskListener linkedOrders;

    TaskBoardLiveUpdates(TaskBoardReads reads, QueryUpdateEmitter emitter, LinkedTaskListener linkedOrders) {
        this.reads = reads;
        this.emitter = emitter;
        this.linkedOrders = linkedOrders;
    }

    void taskChanged(String workspaceId, String taskId) {
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
