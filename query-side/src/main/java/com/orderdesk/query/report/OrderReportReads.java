package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the order report's groups from the day figures, or from the facts when asked for in another zone than the
 * workspace's ({@link ReportDays}): three statements, whose rows {@link OrderReportFigures} assembles.
 */
@Repository
class OrderReportReads {

    private final ReportDays days;

    OrderReportReads(JdbcClient jdbc) {
        this.days = new ReportDays(jdbc);
    }

    OrderReport report(String workspaceId, LocalDate from, LocalDate to, ZoneId zone, Granularity granularity) {
        ReportDays.Range range = new ReportDays.Range(workspaceId, from, to, zone);
        Source source = days.cutIn(range) ? Source.DAYS : Source.FACTS;
        List<OrderReportFigures.Group> groups = days.over(range, """
                SELECT day, channel, currency, status, after_sales_kind, cancelled, completed, sum(orders), sum(value)
                FROM (%s) r GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(orders) <> 0""".formatted(source.orders))
                .query((rs, n) -> new OrderReportFigures.Group(rs.getObject(1, LocalDate.class), rs.getString(2),
                                                               rs.getString(3), rs.getString(4), rs.getString(5),
                                                               rs.getBoolean(6), rs.getBoolean(7), rs.getLong(8),
                                                               rs.getBigDecimal(9)))
                .list();
        List<OrderReportFigures.LeadBucket> leads = days.over(range, """
                SELECT leg, bucket, sum(orders), sum(seconds) FROM (%s) r
                GROUP BY leg, bucket HAVING sum(orders) <> 0 ORDER BY leg, bucket""".formatted(source.leads))
                .query((rs, n) -> new OrderReportFigures.LeadBucket(
                        rs.getString(1), new DurationBuckets.Bucket(rs.getLong(3), rs.getBigDecimal(4))))
                .list();
        // The first SKUs by quantity and by value within each currency (values are never compared across
        // currencies: 1,500 JPY is not more than 177 CNY).
        List<OrderReportFigures.RankedSku> skus = days.over(range, """
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

    /** Where the report's rows come from (see {@link ReportDays}). */
    private enum Source {
        DAYS(inRange("query_side.report_order_day",
                     "day, channel, currency, status, after_sales_kind, cancelled, completed, orders, value"),
             inRange("query_side.report_order_day_lead", "leg, bucket, orders, seconds"),
             inRange("query_side.report_order_day_sku", "currency, sku, lines, quantity, value")),
        FACTS(factsThrough("query_side.report_order_day_rows(f, :zone, 1)"),
              factsThrough("query_side.report_order_lead_rows(f, :zone, 1)"),
              """
              SELECT r.* FROM query_side.report_order_fact f
              JOIN query_side.report_order_line l USING (order_id),
              query_side.report_order_sku_rows(f, l, :zone, 1) r
              WHERE f.workspace_id = :ws AND f.order_time >= :start AND f.order_time < :end""");

        final String orders;
        final String leads;
        final String skus;

        Source(String orders, String leads, String skus) {
            this.orders = orders;
            this.leads = leads;
            this.skus = skus;
        }

        /** What the range's facts contribute to a day table, cut in the zone asked for. */
        private static String factsThrough(String rows) {
            return "SELECT r.* FROM query_side.report_order_fact f, " + rows
                   + " r WHERE f.workspace_id = :ws AND f.order_time >= :start AND f.order_time < :end";
        }

        private static String inRange(String table, String columns) {
            return ReportDays.rowsOf(table, columns, "day BETWEEN :from AND :to");
        }
    }

    /** How the range is cut into periods. */
    enum Granularity {
        DAY, WEEK, MONTH
    }
}
