package com.orderdesk.query.infra;

import org.axonframework.eventhandling.EventMessage;

import java.sql.Timestamp;

/**
 * Writes one line of an aggregate's history (an order's timeline, a task's activity): the event's id, position in
 * its aggregate, time, type, actor from its metadata, and a summary. Idempotent by event id. Table and key column
 * names come from the projections' code. Deferred to the end of the batch ({@link DeferredInserts}).
 */
public final class HistoryLines {

    private HistoryLines() {
    }

    public static void record(DeferredInserts inserts, String table, String keyColumn, EventMessage<?> message,
                              String aggregateId, String workspaceId, long sequence, String summary) {
        inserts.insert("INSERT INTO " + table + " (event_id, " + keyColumn + ", workspace_id, sequence_number, at, "
                       + "event_type, actor_id, actor_role, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       + "ON CONFLICT (event_id) DO NOTHING",
                       message.getIdentifier(), aggregateId, workspaceId, sequence,
                       Timestamp.from(message.getTimestamp()), message.getPayloadType().getSimpleName(),
                       message.getMetaData().get("actorId"), message.getMetaData().get("actorRole"), summary);
    }
}
