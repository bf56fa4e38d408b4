package com.orderdesk.query.report;

import com.orderdesk.events.order.AfterSalesKind;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The order report's buckets on a real PostgreSQL: time-zone day boundaries, currencies, durations, corrections. */
class OrderReportReadsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate NOV_21 = LocalDate.of(2026, 11, 21);

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final OrderReportingProjection projection = new OrderReportingProjection(jdbc);
    private final OrderReportReads reports = new OrderReportReads(jdbc);
    private String workspace;

    @BeforeEach
    void setUp() {
        workspace = "w-" + UUID.randomUUID();
    }

    @Test
    void daysFollowTheZoneAndValuesStayPerCurrency() {
        // 2026-11-20T17:30Z is already 21 November in Shanghai; 2026-11-21T15:59Z is still the 21st there.
        record("a", "Taobao", "CNY", "10.50", Instant.parse("2026-11-20T17:30:00Z"));
        record("b", "Taobao", "CNY", "20.25", Instant.parse("2026-11-21T15:59:00Z"));
        record("c", "Tmall", "JPY", "1000", Instant.parse("2026-11-21T02:00:00Z"));
        record("d", "Taobao", "CNY", "99.00", Instant.parse("2026-11-21T16:00:00Z")); // the 22nd in Shanghai

        OrderReport shanghai = reports.report(workspace, NOV_21, NOV_21, SHANGHAI, OrderReportReads.Granularity.DAY);
        OrderReport utc = reports.report(workspace, NOV_21, NOV_21, ZoneId.of("UTC"), OrderReportReads.Granularity.DAY);

        assertThat(shanghai.byPeriod()).extracting(OrderReport.PeriodRow::period, OrderReport.PeriodRow::currency,
                                                   OrderReport.PeriodRow::orders, r -> r.value().toPlainString())
                                       .containsExactly(tuple(NOV_21, "CNY", 2L, "30.75"),
                                                        tuple(NOV_21, "JPY", 1L, "1000"));
        assertThat(utc.flow().placed()).as("b, c and d in UTC").isEqualTo(3);
        assertThat(shanghai.byChannel()).extracting(OrderReport.ChannelRow::channel, OrderReport.ChannelRow::orders)
                                        .containsExactly(tuple("Taobao", 2L), tuple("Tmall", 1L));
        assertThat(shanghai.byPeriodAndChannel())
                .extracting(OrderReport.PeriodChannelRow::period, OrderReport.PeriodChannelRow::channel,
                            OrderReport.PeriodChannelRow::orders)
                .containsExactly(tuple(NOV_21, "Taobao", 2L), tuple(NOV_21, "Tmall", 1L));
    }

    @Test
    void durationsCancellationsAfterSalesAndTopSkusFollowTheLifecycleAndCorrections() {
        Instant t0 = Instant.parse("2026-11-21T01:00:00Z");
        record("a", "Taobao", "CNY", "10.00", t0);
        record("b", "Taobao", "CNY", "10.00", t0);
        record("c", "Taobao", "CNY", "10.00", t0);
        move("a", OrderStatus.SHIPPED, t0.plusSeconds(3600 * 2), 1);
        move("a", OrderStatus.DELIVERED, t0.plusSeconds(3600 * 26), 2);
        move("a", OrderStatus.AFTER_SALES, t0.plusSeconds(3600 * 30), 3);
        move("b", OrderStatus.SHIPPED, t0.plusSeconds(3600 * 4), 1);
        move("c", OrderStatus.CANCELLED, t0.plusSeconds(60), 1);
        projection.on(new OrderLinesChanged(id("b"), workspace, List.of(
                new OrderLine("CUP", "cup", 5, new BigDecimal("2.00"), new BigDecimal("10.00"))),
                                            new BigDecimal("10.00"), new BigDecimal("10.00")), 0);
        projection.on(new OrderLinesChanged(id("b"), workspace, List.of(
                new OrderLine("CUP", "cup", 5, new BigDecimal("2.00"), new BigDecimal("10.00"))),
                                            new BigDecimal("10.00"), new BigDecimal("10.00")), 2);
        move("a", OrderStatus.SHIPPED, t0.plusSeconds(3600 * 2), 1); // a replayed event changes nothing

        OrderReport report = reports.report(workspace, NOV_21, NOV_21, SHANGHAI, OrderReportReads.Granularity.MONTH);

        assertThat(report.byPeriod()).singleElement()
                                     .satisfies(row -> assertThat(row.period()).isEqualTo(LocalDate.of(2026, 11, 1)));
        assertThat(report.flow()).isEqualTo(new OrderReport.Flow(3, 1, 0));
        assertThat(report.recordedToShipped().orders()).isEqualTo(2);
        assertThat(report.recordedToShipped().averageHours()).isEqualTo(3.0);
        assertThat(report.recordedToShipped().p90Hours()).isEqualTo(3.8);
        assertThat(report.shippedToDelivered().averageHours()).isEqualTo(24.0);
        assertThat(report.afterSales().orders()).isEqualTo(1);
        assertThat(report.afterSales().byKind()).containsExactly(new OrderReport.KindRow("RETURN", 1));
        assertThat(report.byStatus()).extracting(OrderReport.StatusRow::status)
                                     .containsExactly("AFTER_SALES", "CANCELLED", "SHIPPED");
        assertThat(report.topSkusByQuantity()).extracting(OrderReport.SkuRow::sku, OrderReport.SkuRow::quantity)
                                              .containsExactly(tuple("CUP", 5L), tuple("TEA", 1L));
    }

    private void record(String name, String channel, String currency, String total, Instant orderedAt) {
        projection.on(new OrderRecorded(id(name), workspace, "EXT-" + name, channel, orderedAt, currency, List.of(
                new OrderLine("TEA", "tea", 1, new BigDecimal(total), new BigDecimal(total))), new BigDecimal(total),
                                        null, null, List.of()), orderedAt, 0);
    }

    private void move(String name, OrderStatus to, Instant at, long version) {
        projection.on(new OrderStatusChanged(id(name), workspace, null, to, null,
                                             to == OrderStatus.SHIPPED ? new Shipment("SF", "1") : null,
                                             to == OrderStatus.AFTER_SALES ? AfterSalesKind.RETURN : null), at,
                      version);
    }

    private String id(String name) {
        return name + "-" + workspace;
    }
}
