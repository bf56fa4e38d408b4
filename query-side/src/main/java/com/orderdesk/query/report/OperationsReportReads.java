package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Computes the operations report from the operations facts: members now, and sign-ins of the workspace's members
 * in the range with days cut in the given zone. Display names come from the accounts view (null until it has
 * caught up).
 */
@Repository
class OperationsReportReads {

    private static final String IN_RANGE = """
            FROM query_side.report_sign_in s JOIN query_side.report_member m USING (account_id)
            WHERE m.workspace_id = :ws AND s.at >= :start AND s.at < :end""";
    private static final String COUNTS = """
            count(*) FILTER (WHERE s.kind = 'SUCCEEDED'), count(*) FILTER (WHERE s.kind = 'FAILED'),
            count(*) FILTER (WHERE s.kind = 'REFUSED'), count(*) FILTER (WHERE s.kind = 'LOCKED')""";

    private final JdbcClient jdbc;

    OperationsReportReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OperationsReport report(String workspaceId, LocalDate from, LocalDate to, ZoneId zone) {
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        List<OperationsReport.RoleRow> roles = jdbc.sql("""
                SELECT role, count(*) FROM query_side.report_member WHERE workspace_id = :ws AND status = 'ACTIVE'
                GROUP BY role ORDER BY role""")
                .param("ws", workspaceId)
                .query((rs, n) -> new OperationsReport.RoleRow(rs.getString(1), rs.getLong(2))).list();
        long invited = jdbc.sql("""
                SELECT count(*) FROM query_side.report_member WHERE workspace_id = :ws AND status = 'INVITED'""")
                .param("ws", workspaceId).query(Long.class).single();
        OperationsReport.Totals totals = jdbc.sql("SELECT " + COUNTS + " " + IN_RANGE)
                .param("ws", workspaceId).param("start", start).param("end", end)
                .query((rs, n) -> new OperationsReport.Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                                              rs.getLong(4)))
                .single();
        List<OperationsReport.DayRow> days = jdbc.sql(
                        "SELECT (s.at AT TIME ZONE :zone)::date AS day, " + COUNTS + ","
                        + " count(DISTINCT s.account_id) FILTER (WHERE s.kind = 'SUCCEEDED') " + IN_RANGE
                        + " GROUP BY day ORDER BY day")
                .param("zone", zone.getId()).param("ws", workspaceId).param("start", start).param("end", end)
                .query((rs, n) -> new OperationsReport.DayRow(rs.getObject(1, LocalDate.class), rs.getLong(2),
                                                              rs.getLong(6), rs.getLong(3), rs.getLong(4),
                                                              rs.getLong(5)))
                .list();
        List<OperationsReport.MemberRow> active = jdbc.sql("""
                SELECT s.account_id, a.display_name, m.role, m.status, count(*), max(s.at)
                FROM query_side.report_sign_in s JOIN query_side.report_member m USING (account_id)
                LEFT JOIN query_side.account a USING (account_id)
                WHERE m.workspace_id = :ws AND s.at >= :start AND s.at < :end AND s.kind = 'SUCCEEDED'
                GROUP BY s.account_id, a.display_name, m.role, m.status ORDER BY count(*) DESC, s.account_id""")
                .param("ws", workspaceId).param("start", start).param("end", end)
                .query((rs, n) -> new OperationsReport.MemberRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                                                 rs.getString(4), rs.getLong(5),
                                                                 rs.getTimestamp(6).toInstant()))
                .list();
        return new OperationsReport(zone.getId(), from, to, roles, invited, active.size(), totals, days, active);
    }
}
