package com.orderdesk.query.audit;

import com.orderdesk.query.list.Cursor;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.list.SqlFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Reads of the audit trail through the {@code audit_trail} view: pages newest first, and streamed exports. */
@Repository
class AuditTrailReads {

    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    AuditTrailReads(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A page, newest first, after {@code cursor} (null for the first page): the last entry's time and id.
     *
     * @throws com.orderdesk.query.web.InvalidCursor if the cursor is not one this list handed out
     */
    Page<AuditEntry> page(AuditFilter filter, String cursor, int limit) {
        SqlFilter where = filter.where().after("at, entry_id", false, cursor == null ? null : positionAfter(cursor));
        return Page.of(jdbc.sql("SELECT * FROM query_side.audit_trail WHERE " + where.sql()
                                + " ORDER BY at DESC, entry_id DESC LIMIT ?")
                           .params(where.params(limit + 1)).query(AuditTrailReads::entry).list(),
                       limit, last -> Cursor.encode(last.at(), last.entryId()));
    }

    /**
     * Every matching entry, oldest first, one row at a time: in a read-only transaction with a fetch size, so
     * PostgreSQL hands rows over in batches through a cursor and the export never holds the trail in memory.
     */
    void each(AuditFilter filter, EntryConsumer consumer) {
        SqlFilter where = filter.where();
        readOnly.executeWithoutResult(status -> streaming.sql("SELECT * FROM query_side.audit_trail WHERE "
                                                              + where.sql() + " ORDER BY at, entry_id")
                .params(where.params())
                .query((RowCallbackHandler) rs -> consumer.accept(entry(rs, 0))));
    }

    /** Takes entries one by one; may fail writing them out. */
    @FunctionalInterface
    interface EntryConsumer {
        void accept(AuditEntry entry) throws SQLException;
    }

    private static Object[] positionAfter(String cursor) {
        Cursor after = Cursor.decode(cursor, 2);
        Instant at = after.instant(0);
        Cursor.check(AuditFilter.inRange(at) && after.text(1).matches("[A-Za-z0-9-]{1,80}"));
        return new Object[]{at, after.text(1)};
    }

    private static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        long position = rs.getLong("position");
        Long positionOrNull = rs.wasNull() ? null : position;
        long sequence = rs.getLong("sequence_number");
        Long sequenceOrNull = rs.wasNull() ? null : sequence;
        return new AuditEntry(rs.getString("entry_id"), positionOrNull, rs.getTimestamp("at").toInstant(),
                              rs.getString("event_type"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                              sequenceOrNull, rs.getString("workspace_id"), rs.getString("actor_id"),
                              rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("client_ip"),
                              rs.getString("user_agent"), rs.getString("request_id"), rs.getString("correlation_id"),
                              rs.getString("causation_id"), rs.getString("outcome"), rs.getString("reason"),
                              rs.getString("summary"));
    }
}
