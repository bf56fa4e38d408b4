package com.orderdesk.query.web;

import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Turns a subscription query into a server-sent event stream: a comment every 15 s keeps idle connections open
 * through proxies, the subscription is closed when the client goes, and every stream ends when the app shuts
 * down so graceful shutdown does not wait for them.
 */
@Component
public class LiveStreams implements ApplicationListener<ContextClosedEvent> {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Sinks.Empty<Void> closing = Sinks.empty();

    public Flux<ServerSentEvent<Object>> stream(Flux<ServerSentEvent<Object>> events,
                                                SubscriptionQueryResult<?, ?> subscription) {
        Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
                                                      .map(tick -> ServerSentEvent.builder().comment("keep-alive")
                                                                                  .build());
        return Flux.merge(events, heartbeat).takeUntilOther(closing.asMono())
                   .doFinally(signal -> subscription.close());
    }

    /** A server-sent event named {@code name} carrying {@code data} as JSON. */
    public static ServerSentEvent<Object> event(String name, Object data) {
        return ServerSentEvent.builder(data).event(name).build();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing.tryEmitEmpty();
    }
}
