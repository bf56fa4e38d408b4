package com.orderdesk.query.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Assembles the order report from its groups: a few thousand rows for a quarter (days × channels × currencies ×
 * statuses), each figure a sum over them. Periods are ISO weeks (from Monday) and calendar months of the days.
 */
final class OrderReportFigures {

    /** How many SKUs each top list shows per currency. */
    static final int TOP = 10;

    /** Orders of one day with the same channel ('' for none), currency, status, after-sales kind ('' for none). */
    record Group(LocalDate day, String channel, String currency, String status, String afterSalesKind,
                 boolean cancelled, boolean completed, long orders, BigDecimal value) {
    }

    /** Lead times of one leg ('ship' or 'deliver') in one bucket; buckets come in the order of their values. */
    record LeadBucket(String leg, DurationBuckets.Bucket bucket) {
    }

    /** A SKU's totals in a currency with its place by quantity and by value. */
    record RankedSku(String sku, String currency, long quantity, BigDecimal value, long byQuantity, long byValue) {
    }

    private OrderReportFigures() {
    }

    static OrderReport report(String zone, LocalDate from, LocalDate to, OrderReportReads.Granularity granularity,
                              List<Group> groups, List<LeadBucket> leads, List<RankedSku> skus) {
        Function<Group, LocalDate> period = g -> periodOf(g.day(), granularity);
        List<OrderReport.PeriodRow> byPeriod = totals(groups, g -> new PeriodCurrency(period.apply(g), g.currency()))
                .entrySet().stream()
                .map(e -> new OrderReport.PeriodRow(e.getKey().period(), e.getKey().currency(), e.getValue().orders(),
                                                   e.getValue().value()))
                .sorted(Comparator.comparing(OrderReport.PeriodRow::period)
                                  .thenComparing(OrderReport.PeriodRow::currency))
                .toList();
        List<OrderReport.ChannelRow> byChannel = totals(groups, g -> new ChannelCurrency(g.channel(), g.currency()))
                .entrySet().stream()
                .map(e -> new OrderReport.ChannelRow(noneIfEmpty(e.getKey().channel()), e.getKey().currency(),
                                                     e.getValue().orders(), e.getValue().value()))
                .sorted(Comparator.comparingLong(OrderReport.ChannelRow::orders).reversed()
                                  .thenComparing(OrderReport.ChannelRow::channel,
                                                 Comparator.nullsLast(Comparator.naturalOrder()))
                                  .thenComparing(OrderReport.ChannelRow::currency))
                .toList();
        List<OrderReport.PeriodChannelRow> byPeriodAndChannel =
                totals(groups, g -> new PeriodChannel(period.apply(g), g.channel())).entrySet().stream()
                        .map(e -> new OrderReport.PeriodChannelRow(e.getKey().period(),
                                                                   noneIfEmpty(e.getKey().channel()),
                                                                   e.getValue().orders()))
                        .sorted(Comparator.comparing(OrderReport.PeriodChannelRow::period)
                                          .thenComparing(OrderReport.PeriodChannelRow::channel,
                                                         Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList();
        List<OrderReport.StatusRow> byStatus = counts(groups, Group::status, g -> true).entrySet().stream()
                .map(e -> new OrderReport.StatusRow(e.getKey(), e.getValue())).toList();
        OrderReport.Flow flow = new OrderReport.Flow(ordersWhere(groups, g -> true),
                                                     ordersWhere(groups, Group::cancelled),
                                                     ordersWhere(groups, Group::completed));
        List<OrderReport.KindRow> kinds = counts(groups, Group::afterSalesKind, g -> !g.afterSalesKind().isEmpty())
                .entrySet().stream().map(e -> new OrderReport.KindRow(e.getKey(), e.getValue())).toList();
        long afterSales = kinds.stream().mapToLong(OrderReport.KindRow::orders).sum();
        return new OrderReport(zone, from, to, granularity.name(), byPeriod, byChannel, byPeriodAndChannel, byStatus,
                               flow, leadTime(leads, "ship"), leadTime(leads, "deliver"),
                               new OrderReport.AfterSales(afterSales, flow.placed() == 0 ? 0
                                       : (double) afterSales / flow.placed(), kinds),
                               top(skus, RankedSku::byQuantity), top(skus, RankedSku::byValue));
    }

    private static OrderReport.Duration leadTime(List<LeadBucket> leads, String leg) {
        return DurationBuckets.summary(leads.stream().filter(l -> l.leg().equals(leg)).map(LeadBucket::bucket)
                                            .toList());
    }

    private static LocalDate periodOf(LocalDate day, OrderReportReads.Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private record PeriodCurrency(LocalDate period, String currency) {
    }

    private record ChannelCurrency(String channel, String currency) {
    }

    private record PeriodChannel(LocalDate period, String channel) {
    }

    private record Total(long orders, BigDecimal value) {
    }

    /** Orders and value per key. */
    private static <K> Map<K, Total> totals(List<Group> groups, Function<Group, K> key) {
        Map<K, Total> totals = new HashMap<>();
        for (Group group : groups) {
            totals.merge(key.apply(group), new Total(group.orders(), group.value()),
                         (sum, one) -> new Total(sum.orders() + one.orders(), sum.value().add(one.value())));
        }
        return totals;
    }

    /** Orders per key, in the key's order. */
    private static Map<String, Long> counts(List<Group> groups, Function<Group, String> key, Predicate<Group> which) {
        return groups.stream().filter(which)
                     .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingLong(Group::orders)));
    }

    private static long ordersWhere(List<Group> groups, Predicate<Group> which) {
        return groups.stream().filter(which).mapToLong(Group::orders).sum();
    }

    /** The SKUs placed within the top by {@code place}, currency by currency. */
    private static List<OrderReport.SkuRow> top(List<RankedSku> skus, Function<RankedSku, Long> place) {
        List<RankedSku> ranked = new ArrayList<>(skus.stream().filter(s -> place.apply(s) <= TOP).toList());
        ranked.sort(Comparator.comparing(RankedSku::currency).thenComparing(place));
        return ranked.stream().map(s -> new OrderReport.SkuRow(s.sku(), s.currency(), s.quantity(), s.value()))
                     .toList();
    }

    private static String noneIfEmpty(String dimension) {
        return dimension.isEmpty() ? null : dimension;
    }
}
