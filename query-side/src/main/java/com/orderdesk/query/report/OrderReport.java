package com.orderdesk.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Order statistics of a workspace for a date range in a time zone. Values are exact decimals per currency and
 * never added across currencies; durations are in hours.
 */
public record OrderReport(String zone, LocalDate from, LocalDate to, String granularity, List<PeriodRow> byPeriod,
                          List<ChannelRow> byChannel, List<PeriodChannelRow> byPeriodAndChannel, List<StatusRow> byStatus, Flow flow, Duration recordedToShipped,
                          Duration shippedToDelivered, AfterSales afterSales, List<SkuRow> topSkusByQuantity,
                          List<SkuRow> topSkusByValue) {

    public record PeriodRow(LocalDate period, String currency, long orders, BigDecimal value) {
    }

    public record ChannelRow(String channel, String currency, long orders, BigDecimal value) {
    }

    /** Orders per period and channel, all currencies (a count, so it may add them): the chart by channel. */
    public record PeriodChannelRow(LocalDate period, String channel, long orders) {
    }

    public record StatusRow(String status, long orders) {
    }

    /** Orders placed in the range, and of those how many were cancelled and completed (so far). */
    public record Flow(long placed, long cancelled, long completed) {
    }

    public record Duration(long orders, Double averageHours, Double p90Hours) {
    }

    public record AfterSales(long orders, double rate, List<KindRow> byKind) {
    }

    public record KindRow(String kind, long orders) {
    }

    public record SkuRow(String sku, String currency, long quantity, BigDecimal value) {
    }
}
