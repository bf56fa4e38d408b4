package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Computes the task report: created and completed per day in the zone, cycle time (first IN_PROGRESS to DONE) of
 * tasks completed in the range, overdue and blocked now, hours spent blocked by tasks created in the range (ongoing
 * blocks counted up to now), and each assignee's workload. Per-day figures come from the day figures, or from the
 * facts when asked for in another zone than the workspace's ({@link ReportDays}); what is counted now comes from
 * the facts' partial indexes.
 */
@Repository
class TaskReportReads {

    private final JdbcClient jdbc;
    private final ReportDays days;
    private final Clock clock;

    TaskReportReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.days = new ReportDays(jdbc);
        this.clock = clock;
    }

    TaskReport report(String workspaceId, LocalDate from, LocalDate to, ZoneId zone) {
        ReportDays.Range range = new ReportDays.Range(workspaceId, from, to, zone);
        Source source = days.cutIn(range) ? Source.DAYS : Source.FACTS;
        Instant now = clock.instant();
        var perDay = days.over(range, """
                SELECT day, sum(created), sum(completed) FROM (%s) r
                WHERE assignee = '' AND day BETWEEN :from AND :to
                GROUP BY day HAVING sum(created) <> 0 OR sum(completed) <> 0 ORDER BY day""".formatted(source.tasks))
                         .query((rs, n) -> new TaskReport.DayRow(rs.getObject(1, LocalDate.class), rs.getLong(2),
                                                                 rs.getLong(3)))
                         .list();
        OrderReport.Duration cycle = DurationBuckets.summary(days.over(range, """
                SELECT bucket, sum(tasks), sum(seconds) FROM (%s) r
                WHERE day BETWEEN :from AND :to GROUP BY bucket HAVING sum(tasks) <> 0 ORDER BY bucket"""
                .formatted(source.cycles))
                .query((rs, n) -> new DurationBuckets.Bucket(rs.getLong(2), rs.getBigDecimal(3))).list());
        // Blocked time of the tasks created in the range: finished blocks, plus ongoing ones from their start to now.
        double blockedHours = days.over(range, """
                SELECT coalesce(sum(blocked_seconds) + sum(blocked_open) * :now - sum(blocked_since_seconds), 0) / 3600.0
                FROM (%s) r WHERE assignee = '' AND day BETWEEN :from AND :to""".formatted(source.tasks))
                                  .param("now", BigDecimal.valueOf(now.getEpochSecond(), 0)
                                                          .add(BigDecimal.valueOf(now.getNano(), 9)))
                                  .query(Double.class).single();
        var workload = days.over(range, """
                SELECT w.assignee, acc.display_name, w.open, w.completed FROM (
                    SELECT assignee, sum(open) AS open,
                           coalesce(sum(completed) FILTER (WHERE day BETWEEN :from AND :to), 0) AS completed
                    FROM (%s) r WHERE assignee <> '' GROUP BY assignee HAVING sum(assigned) <> 0) w
                LEFT JOIN query_side.account acc ON acc.account_id = w.assignee
                ORDER BY 3 DESC, 1""".formatted(source.tasks))
                            .query((rs, n) -> new TaskReport.WorkloadRow(rs.getString(1), rs.getString(2),
                                                                         rs.getLong(3), rs.getLong(4)))
                            .list();
        long overdue = jdbc.sql("""
                                SELECT count(*) FROM query_side.report_task_fact WHERE workspace_id = :ws
                                AND NOT archived AND status <> 'DONE' AND due_at < :now""")
                           .param("ws", workspaceId).param("now", Timestamp.from(now)).query(Long.class).single();
        long blocked = jdbc.sql("""
                                SELECT count(*) FROM query_side.report_task_fact WHERE workspace_id = :ws
                                AND NOT archived AND status = 'BLOCKED'""")
                           .param("ws", workspaceId).query(Long.class).single();
        return new TaskReport(zone.getId(), from, to, perDay, cycle, overdue, blocked, blockedHours, workload);
    }

    /** Where the report's per-day rows come from (see {@link ReportDays}). */
    private enum Source {
        DAYS(ReportDays.rowsOf("query_side.report_task_day", "day, assignee, created, completed, assigned, open, "
                               + "blocked_seconds, blocked_open, blocked_since_seconds", "TRUE"),
             ReportDays.rowsOf("query_side.report_task_day_cycle", "day, bucket, tasks, seconds",
                               "day BETWEEN :from AND :to")),
        FACTS(factsThrough("query_side.report_task_day_rows(f, :zone, 1)"),
              factsThrough("query_side.report_task_cycle_rows(f, :zone, 1)"));

        final String tasks;
        final String cycles;

        Source(String tasks, String cycles) {
            this.tasks = tasks;
            this.cycles = cycles;
        }

        private static String factsThrough(String rows) {
            return "SELECT r.* FROM query_side.report_task_fact f, " + rows + " r WHERE f.workspace_id = :ws";
        }
    }
}
