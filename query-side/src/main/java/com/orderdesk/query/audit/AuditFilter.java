package com.orderdesk.query.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

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

    void appendTo(StringBuilder sql, List<Object> params) {
        if (allWorkspaces) {
            sql.append("TRUE");
        } else {
            sql.append("workspace_id = ?");
            params.add(workspaceId);
        }
        condition(sql, params, "actor_id", actorId);
        condition(sql, params, "aggregate_type", aggregateType);
        condition(sql, params, "aggregate_id", aggregateId);
        condition(sql, params, "event_type", eventType);
        condition(sql, params, "client_ip", clientIp);
        condition(sql, params, "outcome", outcome);
        if (from != null) {
            sql.append(" AND at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND at < ?");
            params.add(Timestamp.from(to));
        }
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
