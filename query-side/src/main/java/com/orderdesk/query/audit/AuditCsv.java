package com.orderdesk.query.audit;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One audit entry as a CSV line (RFC 4180: every field quoted, quotes doubled). A field that a spreadsheet would
 * run as a formula (user agents and names are chosen by users) gets a leading apostrophe.
 */
final class AuditCsv {

    static final String HEADER = line("entry_id", "position", "at", "event_type", "aggregate_type", "aggregate_id",
                                      "sequence_number", "workspace_id", "actor_id", "actor_name", "actor_role",
                                      "client_ip", "user_agent", "request_id", "correlation_id", "causation_id",
                                      "outcome", "reason", "summary");

    private AuditCsv() {
    }

    static String line(AuditEntry e) {
        return line(e.entryId(), e.position(), e.at(), e.eventType(), e.aggregateType(), e.aggregateId(),
                    e.sequenceNumber(), e.workspaceId(), e.actorId(), e.actorName(), e.actorRole(), e.clientIp(),
                    e.userAgent(), e.requestId(), e.correlationId(), e.causationId(), e.outcome(), e.reason(),
                    e.summary());
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String line(Object... fields) {
        return Arrays.stream(fields)
                     .map(field -> field == null ? "" : "\"" + defused(Objects.toString(field)).replace("\"", "\"\"") + "\"")
                     .collect(Collectors.joining(",")) + "\r\n";
    }
}
