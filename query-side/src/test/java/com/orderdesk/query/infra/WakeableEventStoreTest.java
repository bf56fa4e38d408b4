package com.orderdesk.query.infra;

import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The streams of the query side's event store take Axon's availability callbacks and are signalled. */
class WakeableEventStoreTest {

    private final WakeableEventStore store = new WakeableEventStore(
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()), true);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void openStreamsAreCalledBackEvenWhenAnotherCallbackFailsAndClosedOnesAreNot() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        TrackingEventStream failing = store.openStream(null);
        TrackingEventStream counting = store.openStream(null);
        TrackingEventStream closed = store.openStream(null);
        assertThat(failing.setOnAvailableCallback(() -> {
            first.incrementAndGet();
            throw new IllegalStateException("a processor's trouble");
        })).as("the callback is accepted").isTrue();
        counting.setOnAvailableCallback(second::incrementAndGet);
        closed.setOnAvailableCallback(() -> {
            throw new AssertionError("a closed stream is not called back");
        });
        closed.close();

        store.signalNewEvents();
        store.signalNewEvents();

        assertThat(first).hasValue(2);
        assertThat(second).hasValue(2);
    }

    @Test
    void withoutCallbacksTheStreamsAreAxonsOwn() {
        WakeableEventStore plain = new WakeableEventStore(
                EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()), false);
        try (TrackingEventStream stream = plain.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(() -> { })).isFalse();
        } finally {
            plain.shutDown();
        }
    }
}
