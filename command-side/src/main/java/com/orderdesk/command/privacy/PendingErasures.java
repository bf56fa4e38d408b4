package com.orderdesk.command.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Erasures waiting for their due time: requests in their grace period and customer contacts in retention. */
@Repository
class PendingErasures {

    enum Kind { ACCOUNT, CUSTOMER }

    record Due(Kind kind, String aggregateId, String reason) {
    }

    private final JdbcClient jdbc;

    PendingErasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Schedules an erasure; when one is already scheduled for the subject the earlier time wins. */
    void schedule(Kind kind, String aggregateId, Instant dueAt, String reason) {
        jdbc.sql("""
                 INSERT INTO command_side.pending_erasure (kind, aggregate_id, due_at, reason) VALUES (?, ?, ?, ?)
                 ON CONFLICT (kind, aggregate_id) DO UPDATE
                 SET due_at = LEAST(pending_erasure.due_at, excluded.due_at),
                     reason = CASE WHEN excluded.due_at < pending_erasure.due_at THEN excluded.reason
                                   ELSE pending_erasure.reason END""")
            .params(kind.name(), aggregateId, Timestamp.from(dueAt), reason).update();
    }

    void cancel(Kind kind, String aggregateId, String reason) {
        jdbc.sql("DELETE FROM command_side.pending_erasure WHERE kind = ? AND aggregate_id = ? AND reason = ?")
            .params(kind.name(), aggregateId, reason).update();
    }

    void done(Kind kind, String aggregateId) {
        jdbc.sql("DELETE FROM command_side.pending_erasure WHERE kind = ? AND aggregate_id = ?")
            .params(kind.name(), aggregateId).update();
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT kind, aggregate_id, reason FROM command_side.pending_erasure
                        WHERE due_at <= ? ORDER BY due_at LIMIT ?""")
                   .params(Timestamp.from(now), limit)
                   .query((rs, n) -> new Due(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                   .list();
    }
}
