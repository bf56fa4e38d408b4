package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Computes the order report from the reporting facts: orders count for the range by their order time (the
 * channel's, or the recording time), with day, week (ISO, Monday) and month boundaries in the given zone.
 */
@Repository
class OrderReportReads {

    private static final int TOP = 10;
    private static final String IN_RANGE = " FROM query_side.report_order_fact f WHERE f.workspace_id = :ws"
                                           + " AND f.order_time >= :start AND f.order_time < :end";

    private final JdbcClient jdbc;

    OrderReportReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrderReport report(String workspaceId, LocalDate from, LocalDate to, ZoneId zone, Granularity granularity) {
        Range range = new Range(workspaceId, Timestamp.from(from.atStartOfDay(zone).toInstant()),
                                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()), zone.getId());
        String period = "(date_trunc('" + granularity.unit + "', f.order_time AT TIME ZONE :zone))::date AS period";
        List<OrderReport.PeriodRow> byPeriod = facts(
                        "SELECT " + period + ", f.currency, count(*), sum(f.total)" + IN_RANGE
                        + " GROUP BY period, f.currency ORDER BY period, f.currency", range)
                .query((rs, n) -> new OrderReport.PeriodRow(rs.getObject(1, LocalDate.class), rs.getString(2),
                                                            rs.getLong(3), rs.getBigDecimal(4)))
                .list();
        List<OrderReport.ChannelRow> byChannel = facts(
                        "SELECT f.channel, f.currency, count(*), sum(f.total)" + IN_RANGE
                        + " GROUP BY f.channel, f.currency ORDER BY count(*) DESC, f.channel NULLS LAST, f.currency",
                        range)
                .query((rs, n) -> new OrderReport.ChannelRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                                                             rs.getBigDecimal(4)))
                .list();
        List<OrderReport.PeriodChannelRow> byPeriodAndChannel = facts(
                        "SELECT " + period + ", f.channel, count(*)" + IN_RANGE
                        + " GROUP BY period, f.channel ORDER BY period, f.channel NULLS LAST", range)
                .query((rs, n) -> new OrderReport.PeriodChannelRow(rs.getObject(1, LocalDate.class), rs.getString(2),
                                                                   rs.getLong(3)))
                .list();
        List<OrderReport.StatusRow> byStatus = facts(
                        "SELECT f.status, count(*)" + IN_RANGE + " GROUP BY f.status ORDER BY f.status", range)
                .query((rs, n) -> new OrderReport.StatusRow(rs.getString(1), rs.getLong(2))).list();
        OrderReport.Flow flow = facts("SELECT count(*), count(f.cancelled_at), count(f.completed_at)" + IN_RANGE, range)
                .query((rs, n) -> new OrderReport.Flow(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        OrderReport.Duration toShip = duration("f.shipped_at - f.recorded_at", range);
        OrderReport.Duration toDeliver = duration("f.delivered_at - f.shipped_at", range);
        List<OrderReport.KindRow> kinds = facts(
                        "SELECT f.after_sales_kind, count(*)" + IN_RANGE
                        + " AND f.after_sales_kind IS NOT NULL GROUP BY f.after_sales_kind ORDER BY f.after_sales_kind",
                        range)
                .query((rs, n) -> new OrderReport.KindRow(rs.getString(1), rs.getLong(2))).list();
        long afterSales = kinds.stream().mapToLong(OrderReport.KindRow::orders).sum();
        return new OrderReport(zone.getId(), from, to, granularity.name(), byPeriod, byChannel, byPeriodAndChannel,
                               byStatus, flow,
                               toShip, toDeliver,
                               new OrderReport.AfterSales(afterSales, flow.placed() == 0 ? 0
                                       : (double) afterSales / flow.placed(), kinds),
                               topSkus("sum(l.quantity) DESC", range),
                               topSkus("sum(l.line_total) DESC", range));
    }

    /** The workspace's orders placed in [start, end), and the time zone periods are cut in. */
    private record Range(String workspaceId, Timestamp start, Timestamp end, String zone) {
    }

    /** A query over the range's facts; every query binds the same parameters (a query ignores those it lacks). */
    private JdbcClient.StatementSpec facts(String sql, Range range) {
        return jdbc.sql(sql).param("ws", range.workspaceId()).param("start", range.start())
                   .param("end", range.end()).param("zone", range.zone());
    }

    private OrderReport.Duration duration(String interval, Range range) {
        String hours = "extract(epoch FROM " + interval + ") / 3600.0";
        return facts("SELECT count(" + hours + "), avg(" + hours + "), "
                     + "percentile_cont(0.9) WITHIN GROUP (ORDER BY " + hours + ")" + IN_RANGE, range)
                   .query((rs, n) -> new OrderReport.Duration(rs.getLong(1), nullableDouble(rs.getObject(2)),
                                                              nullableDouble(rs.getObject(3))))
                   .single();
    }

    /**
     * The first {@link #TOP} SKUs by {@code rank} within each currency (quantities are comparable across currencies
     * too, but values never are: 1,500 JPY is not more than 177 CNY), listed currency by currency.
     */
    private List<OrderReport.SkuRow> topSkus(String rank, Range range) {
        return facts("SELECT sku, currency, quantity, value FROM ("
                     + " SELECT l.sku, f.currency, sum(l.quantity) AS quantity, sum(l.line_total) AS value,"
                     + " row_number() OVER (PARTITION BY f.currency ORDER BY " + rank + ", l.sku) AS place"
                     + " FROM query_side.report_order_line l JOIN query_side.report_order_fact f USING (order_id)"
                     + " WHERE f.workspace_id = :ws AND f.order_time >= :start AND f.order_time < :end"
                     + " AND f.cancelled_at IS NULL"
                     + " GROUP BY l.sku, f.currency) ranked"
                     + " WHERE place <= " + TOP + " ORDER BY currency, place", range)
                   .query((rs, n) -> new OrderReport.SkuRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                                                            rs.getBigDecimal(4)))
                   .list();
    }

    private static Double nullableDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** How the range is cut into periods. */
    enum Granularity {
        DAY("day"), WEEK("week"), MONTH("month");

        final String unit;

        Granularity(String unit) {
            this.unit = unit;
        }
    }
}
