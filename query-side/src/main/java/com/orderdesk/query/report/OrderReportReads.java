package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the order report's groups: from the day figures when the report is asked for in the zone the workspace's
 * days are cut in (query migration V15; the workspace's report zone, the default), else from the facts, grouped the
 * same way in the zone asked for. Either way three statements, whose rows {@link OrderReportFigures} assembles.
 */
@Repository
class OrderReportReads {

    private final JdbcClient jdbc;

    OrderReportReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrderReport report(String workspaceId, LocalDate from, LocalDate to, ZoneId zone, Granularity granularity) {
        Source source = daysAreCutIn(workspaceId, zone) ? Source.DAYS : Source.FACTS;
        Range range = new Range(workspaceId, from, to, zone);
        List<OrderReportFigures.Group> groups = in(range, """
                SELECT day, channel, currency, status, after_sales_kind, cancelled, completed, sum(orders), sum(value)
                FROM (%s) r GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(orders) <> 0""".formatted(source.orders))
                .query((rs, n) -> new OrderReportFigures.Group(rs.getObject(1, LocalDate.class), rs.getString(2),
                                                               rs.getString(3), rs.getString(4), rs.getString(5),
                                                               rs.getBoolean(6), rs.getBoolean(7), rs.getLong(8),
                                                               rs.getBigDecimal(9)))
                .list();
        List<OrderReportFigures.LeadBucket> leads = in(range, """
                SELECT leg, bucket, sum(orders), sum(seconds) FROM (%s) r
                GROUP BY leg, bucket HAVING sum(orders) <> 0 ORDER BY leg, bucket""".formatted(source.leads))
                .query((rs, n) -> new OrderReportFigures.LeadBucket(rs.getString(1), rs.getLong(3),
                                                                    rs.getBigDecimal(4)))
                .list();
        // The first SKUs by quantity and by value within each currency (values are never compared across
        // currencies: 1,500 JPY is not more than 177 CNY).
        List<OrderReportFigures.RankedSku> skus = in(range, """
                SELECT sku, currency, quantity, value, by_quantity, by_value FROM (
                    SELECT sku, currency, quantity, value,
                           row_number() OVER (PARTITION BY currency ORDER BY quantity DESC, sku) AS by_quantity,
                           row_number() OVER (PARTITION BY currency ORDER BY value DESC, sku) AS by_value
                    FROM (SELECT currency, sku, sum(quantity) AS quantity, sum(value) AS value FROM (%s) r
                          GROUP BY currency, sku HAVING sum(lines) <> 0) per_sku) ranked
                WHERE by_quantity <= %d OR by_value <= %d""".formatted(source.skus, OrderReportFigures.TOP, OrderReportFigures.TOP))
                .query((rs, n) -> new OrderReportFigures.RankedSku(rs.getString(1), rs.getString(2), rs.getLong(3),
                                                                   rs.getBigDecimal(4), rs.getLong(5),
                                                                   rs.getLong(6)))
                .list();
        return OrderReportFigures.report(zone.getId(), from, to, granularity, groups, leads, skus);
    }

    /** Whether the workspace's day figures are cut in this zone (a workspace without facts has none to read). */
    private boolean daysAreCutIn(String workspaceId, ZoneId zone) {
        return jdbc.sql("SELECT zone FROM query_side.report_day_zone WHERE workspace_id = ?").param(workspaceId)
                   .query(String.class).optional().map(zone.getId()::equals).orElse(true);
    }

    /** The days from and to (inclusive) in the zone, as dates and as the instants they start and end at. */
    private record Range(String workspaceId, LocalDate from, LocalDate to, ZoneId zone) {
    }

    /** Every statement binds the same parameters; one ignores those it lacks. */
    private JdbcClient.StatementSpec in(Range range, String sql) {
        return jdbc.sql(sql).param("ws", range.workspaceId()).param("from", range.from()).param("to", range.to())
                   .param("start", Timestamp.from(range.from().atStartOfDay(range.zone()).toInstant()))
                   .param("end", Timestamp.from(range.to().plusDays(1).atStartOfDay(range.zone()).toInstant()))
                   .param("zone", range.zone().getId());
    }

    /** Where a report's rows come from: each yields the same columns, so one grouping serves both. */
    private enum Source {
        DAYS(daysOf("query_side.report_order_day",
                    "day, channel, currency, status, after_sales_kind, cancelled, completed, orders, value"),
             daysOf("query_side.report_order_day_lead", "leg, bucket, orders, seconds"),
             daysOf("query_side.report_order_day_sku", "currency, sku, lines, quantity, value")),
        FACTS("""
              SELECT (order_time AT TIME ZONE :zone)::date AS day, coalesce(channel, '') AS channel, currency, status,
                     coalesce(after_sales_kind, '') AS after_sales_kind, cancelled_at IS NOT NULL AS cancelled,
                     completed_at IS NOT NULL AS completed, 1 AS orders, total AS value
              FROM query_side.report_order_fact
              WHERE workspace_id = :ws AND order_time >= :start AND order_time < :end""",
              """
              SELECT legs.leg, query_side.report_lead_bucket(legs.seconds) AS bucket, 1 AS orders, legs.seconds
              FROM query_side.report_order_fact f
              CROSS JOIN LATERAL query_side.report_lead_legs(f.recorded_at, f.shipped_at, f.delivered_at) legs
              WHERE f.workspace_id = :ws AND f.order_time >= :start AND f.order_time < :end""",
              """
              SELECT f.currency, l.sku, 1 AS lines, l.quantity, l.line_total AS value
              FROM query_side.report_order_line l JOIN query_side.report_order_fact f USING (order_id)
              WHERE f.workspace_id = :ws AND f.order_time >= :start AND f.order_time < :end
                AND f.cancelled_at IS NULL""");

        final String orders;
        final String leads;
        final String skus;

        Source(String orders, String leads, String skus) {
            this.orders = orders;
            this.leads = leads;
            this.skus = skus;
        }

        /** A day table's rows in the range with the deltas not folded into it yet. */
        private static String daysOf(String table, String columns) {
            String inRange = " WHERE workspace_id = :ws AND day BETWEEN :from AND :to";
            return "SELECT " + columns + " FROM " + table + inRange
                   + " UNION ALL SELECT " + columns + " FROM " + table + "_delta" + inRange;
        }
    }

    /** How the range is cut into periods. */
    enum Granularity {
        DAY, WEEK, MONTH
    }
}
