package com.orderdesk.query.audit;

import com.orderdesk.personaldata.PersonalDataCodec;
import com.orderdesk.query.infra.DeferredInserts;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The writes of {@link AuditProjection} to the audit trail's tables, and the accounts it remembers to name actors
 * with (read back by the projection only; the trail is read through {@link AuditTrailReads}).
 */
@Repository
class AuditTrailWrites {

    private static final String KNOWN_ACCOUNTS = AuditTrailWrites.class.getName() + ".knownAccounts";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    AuditTrailWrites(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** Deferred to the end of the batch ({@link DeferredInserts}); the trail is only read by others. */
    void insert(AuditEntry e) {
        inserts.insert("""
                       INSERT INTO query_side.audit_entry (entry_id, position, at, event_type, aggregate_type,
                           aggregate_id, sequence_number, workspace_id, actor_id, actor_name, actor_role, client_ip,
                           user_agent, request_id, correlation_id, causation_id, outcome, reason, summary)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, left(?, 512), left(?, 100), ?, ?, ?, left(?, 300), ?)
                       ON CONFLICT (entry_id) DO NOTHING""",
                       e.entryId(), e.position(), Timestamp.from(e.at()), e.eventType(), e.aggregateType(),
                       e.aggregateId(), e.sequenceNumber(), e.workspaceId(), e.actorId(), e.actorName(),
                       e.actorRole(), e.clientIp(), e.userAgent(), e.requestId(), e.correlationId(),
                       e.causationId(), e.outcome(), e.reason(), e.summary());
    }

    void rememberAccount(String accountId, String workspaceId, String displayName) {
        knownInThisBatch().remove(accountId);
        jdbc.sql("""
                 INSERT INTO query_side.audit_account (account_id, workspace_id, display_name) VALUES (?, ?, ?)
                 ON CONFLICT (account_id) DO UPDATE
                 SET workspace_id = coalesce(excluded.workspace_id, audit_account.workspace_id),
                     display_name = coalesce(excluded.display_name, audit_account.display_name)""")
            .params(accountId, workspaceId, displayName).update();
    }

    /** An account's workspace and display name as the trail knows them now (both null if unknown). */
    record KnownAccount(String workspaceId, String displayName) {
        static final KnownAccount UNKNOWN = new KnownAccount(null, null);
    }

    /**
     * Remembered for the rest of the batch (most of a batch's events have the same few actors); a batch starts
     * from the table, so nothing outlives a rollback or another instance's changes.
     */
    KnownAccount account(String accountId) {
        return accountId == null ? KnownAccount.UNKNOWN : knownInThisBatch().computeIfAbsent(accountId, id ->
                jdbc.sql("SELECT workspace_id, display_name FROM query_side.audit_account WHERE account_id = ?")
                    .param(id).query((rs, n) -> new KnownAccount(rs.getString(1), rs.getString(2)))
                    .optional().orElse(KnownAccount.UNKNOWN));
    }

    private static Map<String, KnownAccount> knownInThisBatch() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getOrComputeResource(KNOWN_ACCOUNTS, key -> new HashMap<>())
                : new HashMap<>();
    }

    /** The erased person's name and device information leave the trail; what they did stays, by account id. */
    void eraseAccount(String accountId) {
        knownInThisBatch().remove(accountId);
        inserts.flush(); // the entries below include this batch's
        jdbc.sql("UPDATE query_side.audit_account SET display_name = ? WHERE account_id = ?")
            .params(PersonalDataCodec.ERASED, accountId).update();
        // Only what they did (sign-ins included): others' device information on their account is not theirs.
        jdbc.sql("""
                 UPDATE query_side.audit_entry SET actor_name = ?, client_ip = NULL, user_agent = NULL
                 WHERE actor_id = ?""")
            .params(PersonalDataCodec.ERASED, accountId).update();
    }

    void expireDeviceData(Instant before) {
        inserts.flush();
        jdbc.sql("""
                 UPDATE query_side.audit_entry SET client_ip = NULL, user_agent = NULL
                 WHERE at < ? AND (client_ip IS NOT NULL OR user_agent IS NOT NULL)""")
            .param(Timestamp.from(before)).update();
    }

    void clear() {
        jdbc.sql("DELETE FROM query_side.audit_entry").update();
        jdbc.sql("DELETE FROM query_side.audit_account").update();
    }
}
