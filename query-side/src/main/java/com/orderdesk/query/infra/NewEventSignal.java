package com.orderdesk.query.infra;

import org.axonframework.eventhandling.TrackingEventStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Follows the head of the event store like a processor would, and when the store's reader has read new events,
 * runs the processors' availability callbacks ({@link WakeableEventStore}): idle processors start on a new event
 * at once instead of at their next 500 ms look. After a signal it waits {@code coalesce} before the next one, so
 * under load the processors still take events in batches (a transaction per event per processor would cost the
 * commands CPU); docs/benchmarks.md has the figures behind the default.
 */
class NewEventSignal extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(NewEventSignal.class);
    private static final int WAIT_SECONDS = 1;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final WakeableEventStore eventStore;
    private final Duration coalesce;

    NewEventSignal(WakeableEventStore eventStore, Duration coalesce) {
        super("new-event-signal");
        this.eventStore = eventStore;
        this.coalesce = coalesce;
    }

    @Override
    void loop() {
        while (running()) {
            try (TrackingEventStream head = eventStore.openStream(eventStore.createHeadToken())) {
                eventStore.signalNewEvents(); // whatever arrived before this head was taken
                while (running()) {
                    if (head.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
                        while (head.hasNextAvailable()) {
                            head.nextAvailable();
                        }
                        eventStore.signalNewEvents();
                        Thread.sleep(coalesce.toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Processors still look every 5 s on their own; follow the head again from where it is now.
                log.warn("Following the event store's head failed ({}); starting over", e.getClass().getSimpleName());
                pause(RETRY_DELAY);
            }
        }
    }
}
