package com.orderdesk.query.audit;

import com.orderdesk.query.list.SqlFilter;

import java.time.Instant;

/**
 * What the trail is narrowed to; null parts do not filter. {@code workspaceId} null means every workspace and
 * the entries of none (the admin's view); for anyone else it is their own workspace.
 */
record AuditFilter(String workspaceId, boolean allWorkspaces, String actorId, String aggregateType,
                   String aggregateId, String eventType, String clientIp, String outcome, Instant from, Instant to) {

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Whether PostgreSQL can compare with this instant (and it is one an audit could mean). */
    static boolean inRange(Instant at) {
        return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }

    /** The trail's entries this filter keeps. */
    SqlFilter where() {
        return new SqlFilter().when(!allWorkspaces, "workspace_id = ?", workspaceId)
                              .equal("actor_id", actorId)
                              .equal("aggregate_type", aggregateType)
                              .equal("aggregate_id", aggregateId)
                              .equal("event_type", eventType)
                              .equal("client_ip", clientIp)
                              .equal("outcome", outcome)
                              .within("at", from, to);
    }
}
