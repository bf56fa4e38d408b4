package com.orderdesk.query.task;

import com.orderdesk.query.order.OrderQueries;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * The live board's query handler and the emitter of its updates. The board projection calls
 * {@link #taskChanged} after writing; the card goes out when the transaction commits to the workspace's board
 * subscribers, and the linked order's detail subscribers hear of it too. Nothing is read while nobody
 * subscribes, so replays pay nothing.
 */
@Component
class TaskQueries {

    private final TaskReads reads;
    private final QueryUpdateEmitter emitter;
    private final OrderQueries orders;

    TaskQueries(TaskReads reads, QueryUpdateEmitter emitter, OrderQueries orders) {
        this.reads = reads;
        this.emitter = emitter;
        this.orders = orders;
    }

    @QueryHandler
    TaskBoardView handle(FetchTaskBoard query) {
        return reads.board(query.workspaceId(), TaskFilter.NONE, query.cardsPerColumn());
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
                orders.linkedTaskChanged(workspaceId, card.orderId());
            }
        });
    }

    private boolean boardWatched(String workspaceId) {
        return emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload)
                      .anyMatch(q -> q instanceof FetchTaskBoard board && board.workspaceId().equals(workspaceId));
    }
}
