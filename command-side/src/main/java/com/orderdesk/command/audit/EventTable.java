package com.orderdesk.command.audit;

import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.Unsupported;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether this deployment's events are in PostgreSQL's event table. The hash chain, its verification and its export
 * read that table with SQL (positions, raw payloads and metadata exactly as stored, which Axon's API does not hand
 * out); under another event store (the {@code axonserver} profile) the table stays empty, and they would chain,
 * verify and export nothing while reporting success. So they refuse instead (501), and the extender stands still.
 */
@Component
public class EventTable {

    private final boolean holdsTheEvents;

    EventTable(ObjectProvider<EventStorageEngine> engine) {
        this.holdsTheEvents = engine.getIfAvailable() instanceof JdbcEventStorageEngine;
    }

    public boolean holdsTheEvents() {
        return holdsTheEvents;
    }

    /** @throws Unsupported unless the events are in PostgreSQL's event table */
    public void require(String feature) {
        if (!holdsTheEvents) {
            throw new Unsupported(ProblemTypes.EVENT_STORE_UNSUPPORTED, "Not available with this event store",
                                  feature + " reads PostgreSQL's event table, and this deployment keeps its events "
                                  + "elsewhere (Axon Server): it cannot tell anything about them");
        }
    }
}
