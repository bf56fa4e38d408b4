package com.orderdesk.query.order;

import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Query handlers behind the live views, and the emitter of their updates. Projections call
 * {@link #orderChanged} (list and detail) or {@link #historyChanged} (detail only) after writing; updates go out
 * when their transaction commits, and only if someone subscribed, so replays pay nothing. Updates reach
 * subscribers of this query-side instance only.
 */
@Component
class OrderQueries {

    private final OrderDetails details;
    private final OrderListRepository orders;
    private final QueryUpdateEmitter emitter;

    OrderQueries(OrderDetails details, OrderListRepository orders, QueryUpdateEmitter emitter) {
        this.details = details;
        this.orders = orders;
        this.emitter = emitter;
    }

    @QueryHandler
    OrderDetailView handle(FetchOrderDetail query) {
        return details.detail(query.workspaceId(), query.orderId()).orElse(null);
    }

    @QueryHandler
    OrderPage handle(FetchOrderList query) {
        OrderFilter all = new OrderFilter(null, null, null, null, null, null);
        List<OrderSummaryRow> rows = orders.findPage(query.workspaceId(), all, OrderSort.ORDER_TIME, false, null,
                                                     query.limit());
        return new OrderPage(rows.stream().map(OrderSummaryView::of).toList(), null,
                             orders.countByStatus(query.workspaceId(), all));
    }

    /** The order's list entry and detail changed. */
    void orderChanged(String workspaceId, String orderId) {
        emit(workspaceId, orderId, true);
    }

    /** Only the order's history changed: the list shows no history, so only detail subscribers hear of it. */
    void historyChanged(String workspaceId, String orderId) {
        emit(workspaceId, orderId, false);
    }

    private void emit(String workspaceId, String orderId, boolean listToo) {
        boolean detailWatched = subscribed(FetchOrderDetail.class);
        boolean listWatched = listToo && subscribed(FetchOrderList.class);
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

    private boolean subscribed(Class<?> queryType) {
        return emitter.activeSubscriptions().stream()
                      .map(SubscriptionQueryMessage::getPayloadType)
                      .anyMatch(queryType::equals);
    }
}
