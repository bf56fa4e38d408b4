package com.orderdesk.command.privacy;

import com.orderdesk.events.privacy.DataSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Erasures waiting for their due time: requests in their grace period and customer contacts in retention. */
@Repository
class PendingErasures {

    enum Kind { ACCOUNT, CUSTOMER }

    record Due(Kind kind, String aggregateId, String reason, int attempts) {
    }

    private final JdbcClient jdbc;

    PendingErasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Schedules an erasure for a reason (the earlier time wins); nothing when the subject's key is destroyed
     * already, so an order closed after its customer was erased is not scheduled again.
     */
    void schedule(Kind kind, String aggregateId, Instant dueAt, String reason) {
        jdbc.sql("""
                 INSERT INTO command_side.pending_erasure (kind, aggregate_id, reason, due_at)
                 SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM event_store.data_subject_key
                                                     WHERE subject_id = ? AND secret IS NULL)
                 ON CONFLICT (kind, aggregate_id, reason) DO UPDATE
                 SET due_at = LEAST(pending_erasure.due_at, excluded.due_at)""")
            .params(kind.name(), aggregateId, reason, Timestamp.from(dueAt), subjectId(kind, aggregateId)).update();
    }

    /** A failed attempt is tried again later, not at the head of every run. */
    void failed(Kind kind, String aggregateId, Instant retryAt, String error) {
        jdbc.sql("""
                 UPDATE command_side.pending_erasure SET attempts = attempts + 1, due_at = ?, last_error = left(?, 200)
                 WHERE kind = ? AND aggregate_id = ?""")
            .params(Timestamp.from(retryAt), error, kind.name(), aggregateId).update();
    }

    private static String subjectId(Kind kind, String aggregateId) {
        return (kind == Kind.ACCOUNT ? DataSubject.ACCOUNT : DataSubject.CUSTOMER).subjectId(aggregateId);
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
                        SELECT DISTINCT ON (due_at, kind, aggregate_id) kind, aggregate_id, reason, attempts
                        FROM command_side.pending_erasure WHERE due_at <= ? ORDER BY due_at, kind, aggregate_id LIMIT ?""")
                   .params(Timestamp.from(now), limit)
                   .query((rs, n) -> new Due(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                                             rs.getInt(4)))
                   .list();
    }
}
