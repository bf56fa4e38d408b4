package com.orderdesk.query.order;

import com.orderdesk.query.task.LinkedTaskListener;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;

/**
 * Updates of the live order views ({@link FetchOrderList}, {@link FetchOrderDetail}). Projections call
 * {@link #orderChanged} (list and detail) or {@link #historyChanged} (detail only) after writing; updates go out
 * when their transaction commits, and only if someone subscribed, so replays pay nothing. Updates reach
 * subscribers of this query-side instance only.
 */
@Component
class OrderLiveUpdates implements LinkedTaskListener {

    private final OrderDetailReads details;
    private final QueryUpdateEmitter emitter;

    OrderLiveUpdates(OrderDetailReads details, QueryUpdateEmitter emitter) {
        this.details = details;
        this.emitter = emitter;
    }

    /** The order's list entry and detail changed. */
    void orderChanged(String workspaceId, String orderId) {
        emit(workspaceId, orderId, true);
    }

    /** Only the order's history changed: the list shows no history, so only detail subscribers hear of it. */
    void historyChanged(String workspaceId, String orderId) {
        emit(workspaceId, orderId, false);
    }

    /** A task linked to the order changed: its detail shows the linked tasks. */
    @Override
    public void linkedTaskChanged(String workspaceId, String orderId) {
        emit(workspaceId, orderId, false);
    }

    private void emit(String workspaceId, String orderId, boolean listToo) {
        // Build views only for orders someone watches: a subscription elsewhere costs this order nothing.
        boolean detailWatched = detailWatched(workspaceId, orderId);
        boolean listWatched = listToo && subscribed(q -> q instanceof FetchOrderList l
                                                         && l.workspaceId().equals(workspaceId));
        if (!detailWatched && !listWatched) {
            return;
        }
        details.summary(workspaceId, orderId).ifPresent(row -> {
            if (detailWatched) {
                emitter.emit(FetchOrderDetail.class,
                             q -> q.workspaceId().equals(workspaceId) && q.orderId().equals(orderId),
                             details.detail(row));
            }
            if (listWatched) {
                emitter.emit(FetchOrderList.class, q -> q.workspaceId().equals(workspaceId),
                             OrderSummaryView.of(row));
            }
        });
    }

    /** Whether someone watches the order's detail on this instance (its view would be read now). */
    boolean detailWatched(String workspaceId, String orderId) {
        return subscribed(q -> q instanceof FetchOrderDetail d
                               && d.workspaceId().equals(workspaceId) && d.orderId().equals(orderId));
    }

    private boolean subscribed(Predicate<Object> query) {
        return emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload).anyMatch(query);
    }
}
