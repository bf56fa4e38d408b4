package com.orderdesk.query.order;

import com.orderdesk.query.web.LiveStreams;
import com.orderdesk.query.web.NotFound;
import com.orderdesk.web.caller.Actor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Live order views as server-sent events: the current state first, then every change as it is projected. */
@RestController
@RequestMapping("/api/orders")
class OrderLiveController {

    private static final int FIRST_PAGE = 50;

    private final QueryGateway queries;
    private final OrderDetailReads details;
    private final LiveStreams live;

    OrderLiveController(QueryGateway queries, OrderDetailReads details, LiveStreams live) {
        this.queries = queries;
        this.details = details;
        this.live = live;
    }

    /** Streams one order live as server-sent events: its detail first, then the detail again after every change. */
    @GetMapping(path = "/{orderId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> order(Actor actor, @PathVariable String orderId) {
        String workspaceId = actor.workspaceId();
        if (details.summary(workspaceId, orderId).isEmpty()) {
            throw new NotFound("Order", orderId);
        }
        SubscriptionQueryResult<OrderDetailView, OrderDetailView> result = queries.subscriptionQuery(
                new FetchOrderDetail(workspaceId, orderId), ResponseTypes.instanceOf(OrderDetailView.class),
                ResponseTypes.instanceOf(OrderDetailView.class));
        return live.stream(result.initialResult().flux().concatWith(result.updates())
                                 .map(view -> ServerSentEvent.builder((Object) view).event("order")
                                                             .id(Long.toString(view.version())).build()),
                           result);
    }

    /** Streams the order list live as server-sent events: the first page, then every order that changes. */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> list(Actor actor) {
        SubscriptionQueryResult<OrderPage, OrderSummaryView> result = queries.subscriptionQuery(
                new FetchOrderList(actor.workspaceId(), FIRST_PAGE),
                ResponseTypes.instanceOf(OrderPage.class), ResponseTypes.instanceOf(OrderSummaryView.class));
        return live.stream(result.initialResult().flux().map(page -> LiveStreams.event("page", page))
                                 .concatWith(result.updates().map(order -> LiveStreams.event("order", order))),
                           result);
    }
}
