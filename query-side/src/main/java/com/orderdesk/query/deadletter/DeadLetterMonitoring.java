package com.orderdesk.query.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Parked events made visible to operators: the gauges {@code orderdesk.dead.letters} and
 * {@code orderdesk.dead.letter.sequences} per projection, and the health component {@code deadLetters}, which reads
 * {@code DEGRADED} (answered with 200: the instance serves, but some read models are held back) while any
 * projection has events parked, with the counts as details.
 */
@Component("deadLetters")
class DeadLetterMonitoring implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "events are parked in dead-letter queues");
    /** Scrapes and health probes within this share one count, so a busy scraper costs one query a few seconds. */
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final DeadLetterQueues queues;
    private final DeadLetterReads reads;
    private final Clock clock;
    private final MeterRegistry registry;
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, List.of());

    private record Snapshot(Instant takenAt, List<DeadLetterReads.QueueSize> sizes) {
    }

    DeadLetterMonitoring(DeadLetterQueues queues, DeadLetterReads reads, Clock clock, MeterRegistry registry) {
        this.queues = queues;
        this.reads = reads;
        this.clock = clock;
        this.registry = registry;
    }

    @Override
    public Health health() {
        Map<String, Object> parked = new LinkedHashMap<>();
        for (DeadLetterReads.QueueSize size : sizes(true)) {
            if (size.letters() > 0) {
                parked.put(size.projection(), Map.of("sequences", size.sequences(), "letters", size.letters(),
                                                     "oldestEnqueuedAt", size.oldestEnqueuedAt().toString()));
            }
        }
        return parked.isEmpty() ? Health.up().build() : Health.status(DEGRADED).withDetails(parked).build();
    }

    /** Once Axon has built the processors (earlier, it may not yet know them all). */
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        for (String projection : queues.projections()) {
            gauge("orderdesk.dead.letters", "Events parked in the projection's dead-letter queue",
                  projection, DeadLetterReads.QueueSize::letters);
            gauge("orderdesk.dead.letter.sequences",
                  "Aggregates whose events the projection holds back in its dead-letter queue",
                  projection, DeadLetterReads.QueueSize::sequences);
        }
    }

    private void gauge(String name, String description, String projection,
                       ToDoubleFunction<DeadLetterReads.QueueSize> figure) {
        Gauge.builder(name, this, monitoring -> monitoring.sizes(false).stream()
                                                          .filter(size -> size.projection().equals(projection))
                                                          .mapToDouble(figure).sum())
             .description(description).tag("projection", projection).register(registry);
    }

    /** Health asks afresh (an operator checking after a retry must see it); gauges share a recent count. */
    private List<DeadLetterReads.QueueSize> sizes(boolean fresh) {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (fresh || current.takenAt().plus(FRESH).isBefore(now)) {
            current = new Snapshot(now, reads.sizes(queues.projections()));
            snapshot = current;
        }
        return current.sizes();
    }
}
