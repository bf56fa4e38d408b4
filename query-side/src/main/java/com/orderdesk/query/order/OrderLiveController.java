package com.orderdesk.query.order;

import com.orderdesk.query.security.Actor;
import com.orderdesk.query.web.NotFound;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Live views as server-sent events: the current state first, then every change as it is projected. A comment
 * every 15 s keeps idle connections open through proxies.
 */
@RestController
@RequestMapping("/api/orders")
class OrderLiveController implements ApplicationListener<ContextClosedEvent> {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final int FIRST_PAGE = 50;

    private final QueryGateway queries;
    private final OrderDetails details;
    // Completes every open stream when the app shuts down, so graceful shutdown does not wait for them.
    private final Sinks.Empty<Void> closing = Sinks.empty();

    OrderLiveController(QueryGateway queries, OrderDetails details) {
        this.queries = queries;
        this.details = details;
    }

    @GetMapping(path = "/{orderId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> order(@AuthenticationPrincipal Jwt token, @PathVariable String orderId) {
        String workspaceId = Actor.of(token).workspaceId();
        if (details.summary(workspaceId, orderId).isEmpty()) {
            throw new NotFound("Order", orderId);
        }
        SubscriptionQueryResult<OrderDetailView, OrderDetailView> result = queries.subscriptionQuery(
                new FetchOrderDetail(workspaceId, orderId), ResponseTypes.instanceOf(OrderDetailView.class),
                ResponseTypes.instanceOf(OrderDetailView.class));
        return stream(result.initialResult().flux().concatWith(result.updates()), result, "order");
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> list(@AuthenticationPrincipal Jwt token) {
        SubscriptionQueryResult<OrderPage, OrderSummaryView> result = queries.subscriptionQuery(
                new FetchOrderList(Actor.of(token).workspaceId(), FIRST_PAGE),
                ResponseTypes.instanceOf(OrderPage.class), ResponseTypes.instanceOf(OrderSummaryView.class));
        Flux<ServerSentEvent<Object>> first = result.initialResult().flux()
                                                    .map(page -> ServerSentEvent.builder((Object) page)
                                                                                .event("page").build());
        Flux<ServerSentEvent<Object>> changes = result.updates()
                                                      .map(order -> ServerSentEvent.builder((Object) order)
                                                                                   .event("order").build());
        return withHeartbeat(first.concatWith(changes), result);
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing.tryEmitEmpty();
    }

    private Flux<ServerSentEvent<Object>> stream(Flux<OrderDetailView> views, SubscriptionQueryResult<?, ?> result,
                                                        String event) {
        return withHeartbeat(views.map(view -> ServerSentEvent.builder((Object) view).event(event)
                                                              .id(Long.toString(view.version())).build()), result);
    }

    private Flux<ServerSentEvent<Object>> withHeartbeat(Flux<ServerSentEvent<Object>> events,
                                                               SubscriptionQueryResult<?, ?> result) {
        Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
                                                      .map(tick -> ServerSentEvent.builder().comment("keep-alive")
                                                                                  .build());
        return Flux.merge(events, heartbeat).takeUntilOther(closing.asMono()).doFinally(signal -> result.close());
    }
}
