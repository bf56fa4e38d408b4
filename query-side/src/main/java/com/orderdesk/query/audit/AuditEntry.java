package com.orderdesk.query.audit;

import java.time.Instant;

/** An entry of the audit trail; {@code position} is the event's place in the event store (null for query-side ones). */
public record AuditEntry(String entryId, Long position, Instant at, String eventType, String aggregateType,
                         String aggregateId, Long sequenceNumber, String workspaceId, String actorId, String actorName,
                         String actorRole, String clientIp, String userAgent, String requestId, String correlationId,
                         String causationId, String outcome, String reason, String summary) {
}
