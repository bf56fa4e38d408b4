package com.orderdesk.query.support;

import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.events.support.SupportRequestStatus;
import com.orderdesk.query.infra.ConsistentRead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads of the support tables: a requester's own requests, the admins' queue, and one request with its thread. */
@Repository
class SupportReads {

    private static final String COLUMNS = """
            SELECT r.request_id, r.kind, r.status, r.subject, r.account_id, a.display_name, r.workspace_id,
                   r.submitted_at, r.due_at, r.answered_at, r.closed_at, r.resolution, r.version
            FROM query_side.support_request r
            LEFT JOIN query_side.account a ON a.account_id = r.account_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SupportReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The request with its thread, in one snapshot. */
    @ConsistentRead
    Optional<SupportRequestDetailView> detail(String requestId) {
        Instant now = clock.instant();
        return jdbc.sql(COLUMNS + " WHERE r.request_id = ?").param(requestId)
                   .query((rs, n) -> view(rs, now)).optional()
                   .map(request -> new SupportRequestDetailView(request, messages(requestId)));
    }

    /** The requester's own requests, newest first; {@code limit} rows at most. */
    List<SupportRequestView> own(String accountId, SupportRequestStatus status, SupportCursor after, int limit) {
        List<Object> params = new ArrayList<>(List.of(accountId));
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE r.account_id = ?");
        if (status != null) {
            sql.append(" AND r.status = ?");
            params.add(status.name());
        }
        if (after != null) {
            sql.append(" AND (r.submitted_at, r.request_id) < (?, ?)");
            params.add(Timestamp.from(after.at()));
            params.add(after.requestId());
        }
        sql.append(" ORDER BY r.submitted_at DESC, r.request_id DESC LIMIT ?");
        params.add(limit);
        Instant now = clock.instant();
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs, now)).list();
    }

    /** The admins' queue: every request matching the filter, the oldest due date first. */
    List<SupportRequestView> queue(SupportFilter filter, SupportCursor after, int limit) {
        Instant now = clock.instant();
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE TRUE");
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND r.status IN (")
               .append(String.join(", ", filter.statuses().stream().map(s -> "?").toList())).append(")");
            filter.statuses().stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (filter.kind() != null) {
            sql.append(" AND r.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " AND" : " AND NOT").append(" (r.status = 'OPEN' AND r.due_at < ?)");
            params.add(Timestamp.from(now));
        }
        if (filter.requesterId() != null) {
            sql.append(" AND r.account_id = ?");
            params.add(filter.requesterId());
        }
        if (after != null) {
            sql.append(" AND (r.due_at, r.request_id) > (?, ?)");
            params.add(Timestamp.from(after.at()));
            params.add(after.requestId());
        }
        sql.append(" ORDER BY r.due_at, r.request_id LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs, now)).list();
    }

    private List<SupportMessageView> messages(String requestId) {
        return jdbc.sql("""
                        SELECT kind, author_id, text, at FROM query_side.support_message
                        WHERE request_id = ? ORDER BY sequence_number""")
                   .param(requestId)
                   .query((rs, n) -> new SupportMessageView(rs.getString("kind"), rs.getString("author_id"),
                                                            rs.getString("text"), instant(rs, "at")))
                   .list();
    }

    private static SupportRequestView view(ResultSet rs, Instant now) throws SQLException {
        SupportRequestStatus status = SupportRequestStatus.valueOf(rs.getString("status"));
        Instant dueAt = instant(rs, "due_at");
        return new SupportRequestView(rs.getString("request_id"), SupportRequestKind.valueOf(rs.getString("kind")),
                                      status, rs.getString("subject"), rs.getString("account_id"),
                                      rs.getString("display_name"), rs.getString("workspace_id"),
                                      instant(rs, "submitted_at"), dueAt,
                                      status == SupportRequestStatus.OPEN && dueAt.isBefore(now),
                                      instant(rs, "answered_at"), instant(rs, "closed_at"), rs.getString("resolution"),
                                      rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
