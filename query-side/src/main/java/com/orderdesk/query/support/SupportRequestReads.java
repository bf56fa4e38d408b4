package com.orderdesk.query.support;

import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.events.support.SupportRequestStatus;
import com.orderdesk.query.infra.ConsistentRead;
import com.orderdesk.query.list.Cursor;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.list.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads of the support tables: a requester's own requests, the admins' queue, and one request with its thread. */
@Repository
class SupportRequestReads {

    private static final String OWN = "OWN";
    private static final String QUEUE = "QUEUE";
    private static final String COLUMNS = """
            SELECT r.request_id, r.kind, r.status, r.subject, r.account_id, a.display_name, r.workspace_id,
                   r.submitted_at, r.due_at, r.answered_at, r.closed_at, r.resolution, r.version
            FROM query_side.support_request r
            LEFT JOIN query_side.account a ON a.account_id = r.account_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SupportRequestReads(JdbcClient jdbc, Clock clock) {
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

    /**
     * The requester's own requests, newest first, after {@code cursor} (null for the first page).
     *
     * @throws com.orderdesk.query.web.InvalidCursor if the cursor is not one this list handed out
     */
    Page<SupportRequestView> own(String accountId, SupportRequestStatus status, String cursor, int limit) {
        SqlFilter where = new SqlFilter().and("r.account_id = ?", accountId)
                                         .equal("r.status", status == null ? null : status.name())
                                         .after("r.submitted_at, r.request_id", false, positionAfter(cursor, OWN));
        return page(where, "r.submitted_at DESC, r.request_id DESC", limit, clock.instant(),
                    last -> cursor(OWN, last.submittedAt(), last.requestId()));
    }

    /**
     * The admins' queue: every request matching the filter, the oldest due date first, after {@code cursor}.
     *
     * @throws com.orderdesk.query.web.InvalidCursor if the cursor is not one this list handed out
     */
    Page<SupportRequestView> queue(SupportFilter filter, String cursor, int limit) {
        Instant now = clock.instant();
        SqlFilter where = new SqlFilter()
                .anyOf("r.status", filter.statuses().stream().map(Enum::name).toList())
                .equal("r.kind", filter.kind() == null ? null : filter.kind().name());
        if (filter.overdue() != null) {
            where.and((filter.overdue() ? "" : "NOT ") + "(r.status = 'OPEN' AND r.due_at < ?)", now);
        }
        where.equal("r.account_id", filter.requesterId())
             .after("r.due_at, r.request_id", true, positionAfter(cursor, QUEUE));
        return page(where, "r.due_at, r.request_id", limit, now,
                    last -> cursor(QUEUE, last.dueAt(), last.requestId()));
    }

    private Page<SupportRequestView> page(SqlFilter where, String order, int limit, Instant now,
                                          Function<SupportRequestView, String> cursorAfter) {
        return Page.of(jdbc.sql(COLUMNS + " WHERE " + where.sql() + " ORDER BY " + order + " LIMIT ?")
                           .params(where.params(limit + 1)).query((rs, n) -> view(rs, now)).list(),
                       limit, cursorAfter);
    }

    /** A cursor names its list, so that one list's cursor is refused by the other. */
    private static String cursor(String list, Instant at, String requestId) {
        return Cursor.encode(list, at.getEpochSecond(), at.getNano(), requestId);
    }

    /** The position (time, request id) of a cursor this list handed out; null for the first page. */
    private static Object[] positionAfter(String cursor, String list) {
        if (cursor == null) {
            return null;
        }
        Cursor after = Cursor.decode(cursor, 4);
        Cursor.check(after.text(0).equals(list));
        return new Object[]{Cursor.valid(() -> Instant.ofEpochSecond(after.number(1), after.number(2))), after.text(3)};
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
