package com.orderdesk.query.order;

import com.orderdesk.query.task.LinkedTaskListener;
import com.orderdesk.query.infra.LiveChanges;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;

/**
 * Updates of the live order views ({@link FetchOrderList}, {@link FetchOrderDetail}). Projections call
 * {@link #orderChanged} (list and detail) or {@link #historyChanged} (detail only) after writing; the change is
 * announced to every query-side instance when the transaction commits ({@link LiveChanges}), and each reads the
 * views only if someone subscribed there.
 */
@Component
class OrderLiveUpdates implements LinkedTaskListener {

    private static final String VIEW = "order";
    private static final String LIST_TOO = "list";

    private final OrderDetailReads details;
    private final QueryUpdateEmitter emitter;
    private final LiveChanges changes;

    OrderLiveUpdates(OrderDetailReads details, QueryUpdateEmitter emitter, LiveChanges changes) {
        this.details = details;
        this.emitter = emitter;
        this.changes = changes;
        changes.on(VIEW, change -> emit(change.scope(), change.id(), LIST_TOO.equals(change.detail())));
    }

    /** The order's list entry and detail changed (told to every instance when the transaction commits). */
    void orderChanged(String workspaceId, String orderId) {
        changes.announce(VIEW, workspaceId, orderId, LIST_TOO);
    }

    /** Only the order's history changed: the list shows no history, so only detail subscribers hear of it. */
    void historyChanged(String workspaceId, String orderId) {
        changes.announce(VIEW, workspaceId, orderId, null);
    }

    /** A task linked to the order changed (heard by this instance already): its detail shows the linked tasks. */
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
