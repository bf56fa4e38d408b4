package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Computes the task report from the reporting facts: created and completed per day in the zone, cycle time (first
 * IN_PROGRESS to DONE) of tasks completed in the range, overdue and blocked now, hours spent blocked by tasks
 * created in the range (ongoing blocks counted up to now), and each assignee's workload.
 */
@Repository
class TaskReportReads {

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskReportReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    TaskReport report(String workspaceId, LocalDate from, LocalDate to, ZoneId zone) {
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Timestamp now = Timestamp.from(clock.instant());
        var days = jdbc.sql("""
                SELECT day, sum(created) AS created, sum(completed) AS completed FROM (
                    SELECT (created_at AT TIME ZONE :zone)::date AS day, 1 AS created, 0 AS completed
                    FROM query_side.report_task_fact
                    WHERE workspace_id = :ws AND created_at >= :start AND created_at < :end
                    UNION ALL
                    SELECT (done_at AT TIME ZONE :zone)::date, 0, 1 FROM query_side.report_task_fact
                    WHERE workspace_id = :ws AND done_at >= :start AND done_at < :end
                ) per_day GROUP BY day ORDER BY day""")
                        .param("zone", zone.getId()).param("ws", workspaceId).param("start", start)
                        .param("end", end)
                        .query((rs, n) -> new TaskReport.DayRow(rs.getObject(1, LocalDate.class), rs.getLong(2),
                                                                rs.getLong(3)))
                        .list();
        String hours = "extract(epoch FROM done_at - first_in_progress_at) / 3600.0";
        OrderReport.Duration cycle = jdbc.sql("SELECT count(" + hours + "), avg(" + hours + "), "
                                              + "percentile_cont(0.9) WITHIN GROUP (ORDER BY " + hours + ") "
                                              + "FROM query_side.report_task_fact WHERE workspace_id = :ws "
                                              + "AND done_at >= :start AND done_at < :end")
                                         .param("ws", workspaceId).param("start", start).param("end", end)
                                         .query((rs, n) -> new OrderReport.Duration(
                                                 rs.getLong(1), number(rs.getObject(2)), number(rs.getObject(3))))
                                         .single();
        long overdue = jdbc.sql("""
                                SELECT count(*) FROM query_side.report_task_fact WHERE workspace_id = :ws
                                AND NOT archived AND status <> 'DONE' AND due_at < :now""")
                           .param("ws", workspaceId).param("now", now).query(Long.class).single();
        long blocked = jdbc.sql("""
                                SELECT count(*) FROM query_side.report_task_fact WHERE workspace_id = :ws
                                AND NOT archived AND status = 'BLOCKED'""")
                           .param("ws", workspaceId).query(Long.class).single();
        double blockedHours = jdbc.sql("""
                SELECT coalesce(sum(blocked_seconds + CASE WHEN blocked_since IS NULL THEN 0
                                    ELSE extract(epoch FROM :now - blocked_since) END), 0) / 3600.0
                FROM query_side.report_task_fact
                WHERE workspace_id = :ws AND created_at >= :start AND created_at < :end""")
                                  .param("ws", workspaceId).param("now", now).param("start", start)
                                  .param("end", end).query(Double.class).single();
        var workload = jdbc.sql("""
                SELECT a.assignee, acc.display_name,
                       count(*) FILTER (WHERE NOT f.archived AND f.status <> 'DONE'),
                       count(*) FILTER (WHERE f.done_at >= :start AND f.done_at < :end)
                FROM query_side.report_task_fact f
                CROSS JOIN LATERAL unnest(f.assignee_ids) AS a(assignee)
                LEFT JOIN query_side.account acc ON acc.account_id = a.assignee
                WHERE f.workspace_id = :ws
                GROUP BY a.assignee, acc.display_name ORDER BY 3 DESC, 1""")
                            .param("ws", workspaceId).param("start", start).param("end", end)
                            .query((rs, n) -> new TaskReport.WorkloadRow(rs.getString(1), rs.getString(2),
                                                                         rs.getLong(3), rs.getLong(4)))
                            .list();
        return new TaskReport(zone.getId(), from, to, days, cycle, overdue, blocked, blockedHours, workload);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
