package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A report's range over the day figures (query migration V15) or over the facts. The day figures are cut in the
 * workspace's report zone; a report asked for in another zone reads the facts through the same *_rows functions, so
 * either source yields the same columns and one grouping serves both.
 */
final class ReportDays {

    /** The days from and to (inclusive) in the zone of the report. */
    record Range(String workspaceId, LocalDate from, LocalDate to, ZoneId zone) {
    }

    private final JdbcClient jdbc;

    ReportDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the workspace's day figures are cut in the range's zone (a workspace without facts has none to read). */
    boolean cutIn(Range range) {
        return jdbc.sql("SELECT zone FROM query_side.report_day_zone WHERE workspace_id = ?").param(range.workspaceId())
                   .query(String.class).optional().map(range.zone().getId()::equals).orElse(true);
    }

    /**
     * A statement over the range. Every statement binds the same parameters (one ignores those it lacks): ws, from and
     * to (dates), start and end (the instants the range starts and ends at in its zone), zone.
     */
    JdbcClient.StatementSpec over(Range range, String sql) {
        return jdbc.sql(sql).param("ws", range.workspaceId()).param("from", range.from()).param("to", range.to())
                   .param("start", Timestamp.from(range.from().atStartOfDay(range.zone()).toInstant()))
                   .param("end", Timestamp.from(range.to().plusDays(1).atStartOfDay(range.zone()).toInstant()))
                   .param("zone", range.zone().getId());
    }

    /** A day table's rows of the workspace, with the deltas not folded into it yet, where {@code condition} holds. */
    static String rowsOf(String table, String columns, String condition) {
        String where = " WHERE workspace_id = :ws AND " + condition;
        return "SELECT " + columns + " FROM " + table + where + " UNION ALL SELECT " + columns + " FROM " + table
               + "_delta" + where;
    }
}
