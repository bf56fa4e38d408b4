package com.orderdesk.query.support;

import com.orderdesk.events.support.SupportRequestSubmitted;
import com.orderdesk.personaldata.PersonalDataCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The writes of {@link SupportRequestProjection} to the support tables. Every change first {@link #advance
 * advances} the request to the event's version, which is how replayed events are recognised and skipped.
 */
@Repository
class SupportRequestWrites {

    /** What a message of the thread is: the requester's first message or a follow-up, or an admin's answer. */
    enum MessageKind { MESSAGE, FOLLOW_UP, ANSWER }

    private final JdbcClient jdbc;

    SupportRequestWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SupportRequestSubmitted e, Instant at, long version) {
        jdbc.sql("""
                 INSERT INTO query_side.support_request (request_id, account_id, workspace_id, kind, status, subject,
                                                         submitted_at, due_at, updated_at, version)
                 VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)
                 ON CONFLICT (request_id) DO NOTHING""")
            .params(e.requestId(), e.accountId(), e.workspaceId(), e.kind().name(), e.subject(),
                    Timestamp.from(e.submittedAt()), Timestamp.from(e.dueAt()), Timestamp.from(at), version)
            .update();
        addMessage(e.requestId(), version, MessageKind.MESSAGE, e.accountId(), e.message(), at);
    }

    /** Moves the request to {@code version}; false when the event was already applied (a replay). */
    boolean advance(String requestId, long version, Instant at) {
        return jdbc.sql("""
                        UPDATE query_side.support_request SET version = ?, updated_at = ?
                        WHERE request_id = ? AND version < ?""")
                   .params(version, Timestamp.from(at), requestId, version).update() == 1;
    }

    void answered(String requestId, Instant at) {
        jdbc.sql("UPDATE query_side.support_request SET status = 'ANSWERED', answered_at = ? WHERE request_id = ?")
            .params(Timestamp.from(at), requestId).update();
    }

    void reopened(String requestId, Instant dueAt) {
        jdbc.sql("UPDATE query_side.support_request SET status = 'OPEN', due_at = ? WHERE request_id = ?")
            .params(Timestamp.from(dueAt), requestId).update();
    }

    /** Closed by an admin (with a resolution) or withdrawn by the requester (without). */
    void settled(String requestId, String status, Instant at, String resolution) {
        jdbc.sql("""
                 UPDATE query_side.support_request SET status = ?, closed_at = ?, resolution = ?
                 WHERE request_id = ?""")
            .params(status, Timestamp.from(at), resolution, requestId).update();
    }

    void addMessage(String requestId, long sequenceNumber, MessageKind kind, String authorId, String text,
                    Instant at) {
        jdbc.sql("""
                 INSERT INTO query_side.support_message (request_id, sequence_number, kind, author_id, text, at)
                 VALUES (?, ?, ?, ?, ?, ?)
                 ON CONFLICT (request_id, sequence_number) DO NOTHING""")
            .params(requestId, sequenceNumber, kind.name(), authorId, text, Timestamp.from(at)).update();
    }

    /** Empties the support tables, for a rebuild. */
    void clear() {
        jdbc.sql("DELETE FROM query_side.support_request").update(); // messages cascade
    }

    void eraseTextsOf(String accountId) {
        jdbc.sql("""
                 UPDATE query_side.support_request
                 SET subject = ?, resolution = CASE WHEN resolution IS NULL THEN NULL ELSE ? END
                 WHERE account_id = ?""")
            .params(PersonalDataCodec.ERASED, PersonalDataCodec.ERASED, accountId).update();
        jdbc.sql("""
                 UPDATE query_side.support_message SET text = ?
                 WHERE request_id IN (SELECT request_id FROM query_side.support_request WHERE account_id = ?)""")
            .params(PersonalDataCodec.ERASED, accountId).update();
    }
}
