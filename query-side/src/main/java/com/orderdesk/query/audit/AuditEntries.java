package com.orderdesk.query.audit;

import com.orderdesk.personaldata.PersonalDataCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The audit trail's tables: written by {@link AuditProjection}, read through the {@code audit_trail} view. */
@Repository
class AuditEntries {

    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    AuditEntries(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** An entry as stored; {@code position} is the event's place in the event store (null for query-side ones). */
    public record Entry(String entryId, Long position, Instant at, String eventType, String aggregateType,
                 String aggregateId, Long sequenceNumber, String workspaceId, String actorId, String actorName,
                 String actorRole, String clientIp, String userAgent, String requestId, String correlationId,
                 String causationId, String outcome, String reason, String summary) {
    }

    void insert(Entry e) {
        jdbc.sql("""
                 INSERT INTO query_side.audit_entry (entry_id, position, at, event_type, aggregate_type, aggregate_id,
                     sequence_number, workspace_id, actor_id, actor_name, actor_role, client_ip, user_agent,
                     request_id, correlation_id, causation_id, outcome, reason, summary)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, left(?, 512), left(?, 100), ?, ?, ?, left(?, 300), ?)
                 ON CONFLICT (entry_id) DO NOTHING""")
            .params(e.entryId(), e.position(), Timestamp.from(e.at()), e.eventType(), e.aggregateType(),
                    e.aggregateId(), e.sequenceNumber(), e.workspaceId(), e.actorId(), e.actorName(), e.actorRole(),
                    e.clientIp(), e.userAgent(), e.requestId(), e.correlationId(), e.causationId(), e.outcome(),
                    e.reason(), e.summary())
            .update();
    }

    void rememberAccount(String accountId, String workspaceId, String displayName) {
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

    KnownAccount account(String accountId) {
        return accountId == null ? KnownAccount.UNKNOWN
                : jdbc.sql("SELECT workspace_id, display_name FROM query_side.audit_account WHERE account_id = ?")
                      .param(accountId).query((rs, n) -> new KnownAccount(rs.getString(1), rs.getString(2)))
                      .optional().orElse(KnownAccount.UNKNOWN);
    }

    /** The erased person's name and device information leave the trail; what they did stays, by account id. */
    void eraseAccount(String accountId) {
        jdbc.sql("UPDATE query_side.audit_account SET display_name = ? WHERE account_id = ?")
            .params(PersonalDataCodec.ERASED, accountId).update();
        // Only what they did (sign-ins included): others' device information on their account is not theirs.
        jdbc.sql("""
                 UPDATE query_side.audit_entry SET actor_name = ?, client_ip = NULL, user_agent = NULL
                 WHERE actor_id = ?""")
            .params(PersonalDataCodec.ERASED, accountId).update();
    }

    void expireDeviceData(Instant before) {
        jdbc.sql("""
                 UPDATE query_side.audit_entry SET client_ip = NULL, user_agent = NULL
                 WHERE at < ? AND (client_ip IS NOT NULL OR user_agent IS NOT NULL)""")
            .param(Timestamp.from(before)).update();
    }

    void clear() {
        jdbc.sql("DELETE FROM query_side.audit_entry").update();
        jdbc.sql("DELETE FROM query_side.audit_account").update();
    }

    /** Newest first, after the cursor. */
    List<Entry> page(AuditFilter filter, AuditCursor after, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM query_side.audit_trail WHERE ");
        filter.appendTo(sql, params);
        if (after != null) {
            sql.append(" AND (at, entry_id) < (?, ?)");
            params.add(Timestamp.from(after.at()));
            params.add(after.entryId());
        }
        sql.append(" ORDER BY at DESC, entry_id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditEntries::entry).list();
    }

    /**
     * Every matching entry, oldest first, one row at a time: in a read-only transaction with a fetch size, so
     * PostgreSQL hands rows over in batches through a cursor and the export never holds the trail in memory.
     */
    void each(AuditFilter filter, EntryConsumer consumer) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM query_side.audit_trail WHERE ");
        filter.appendTo(sql, params);
        sql.append(" ORDER BY at, entry_id");
        readOnly.executeWithoutResult(status -> streaming.sql(sql.toString()).params(params)
                .query((RowCallbackHandler) rs -> consumer.accept(entry(rs, 0))));
    }

    /** Takes entries one by one; may fail writing them out. */
    @FunctionalInterface
    interface EntryConsumer {
        void accept(Entry entry) throws SQLException;
    }

    private static Entry entry(ResultSet rs, int rowNum) throws SQLException {
        long position = rs.getLong("position");
        Long positionOrNull = rs.wasNull() ? null : position;
        long sequence = rs.getLong("sequence_number");
        Long sequenceOrNull = rs.wasNull() ? null : sequence;
        return new Entry(rs.getString("entry_id"), positionOrNull, rs.getTimestamp("at").toInstant(),
                         rs.getString("event_type"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                         sequenceOrNull, rs.getString("workspace_id"), rs.getString("actor_id"),
                         rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("client_ip"),
                         rs.getString("user_agent"), rs.getString("request_id"), rs.getString("correlation_id"),
                         rs.getString("causation_id"), rs.getString("outcome"), rs.getString("reason"),
                         rs.getString("summary"));
    }
}
