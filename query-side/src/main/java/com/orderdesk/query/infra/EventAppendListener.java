package com.orderdesk.query.infra;

import org.postgresql.PGNotification;

import javax.sql.DataSource;

/**
 * Listens on the PostgreSQL channel that the event store's append trigger notifies at every commit (command
 * migration V11) and wakes the event store, so projections see a new event within milliseconds instead of at the
 * next poll. Polling stays on as the fallback: after a reconnect the store is woken once, in case it missed a
 * notification meanwhile.
 */
class EventAppendListener extends NotificationListener {

    static final String CHANNEL = "orderdesk_event_appended";

    private final WakeableEventStore eventStore;

    EventAppendListener(DataSource dataSource, WakeableEventStore eventStore) {
        super("event-append-listener", dataSource, CHANNEL);
        this.eventStore = eventStore;
    }

    @Override
    void connected() {
        eventStore.wake(); // whatever was appended while nobody listened
    }

    @Override
    void received(PGNotification[] notifications) {
        eventStore.wake();
    }
}
