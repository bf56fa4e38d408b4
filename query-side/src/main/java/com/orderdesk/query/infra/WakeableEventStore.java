package com.orderdesk.query.infra;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's embedded event store, which polls the event table when it has nothing to do. In the app that appends,
 * Axon wakes it after each commit; here the appends happen in another process, so {@link #wake()} lets
 * {@link EventAppendListener} do the same when PostgreSQL says that events were committed.
 */
class WakeableEventStore extends EmbeddedEventStore {

    WakeableEventStore(Builder builder) {
        super(builder);
    }

    /** Makes the event producer read the event table now rather than at the end of its polling delay. */
    void wake() {
        afterCommit(List.of()); // in Axon's embedded store this only signals the producer
    }
}
