package com.orderdesk.query.report;

import com.orderdesk.events.order.AfterSalesKind;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.infra.DeltaFolding;
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

/**
 * The order report on a real PostgreSQL: time-zone day boundaries, currencies, durations, corrections; read from
 * the day figures (the workspace's zone, here Shanghai) and from the facts (any other zone) alike.
 */
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
        jdbc.sql("""
                 INSERT INTO query_side.workspace (workspace_id, name, owner_account_id, opened_at, time_zone)
                 VALUES (?, 'Shop', 'owner', now(), 'Asia/Shanghai')""").param(workspace).update();
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

    @Test
    void theDayFiguresAgreeWithTheFactsThroughCorrectionsFoldsAndChangesOfZone() {
        Instant start = Instant.parse("2026-10-01T00:00:00Z");
        String[] channels = {"Taobao", "JD", null};
        for (int i = 0; i < 60; i++) {
            String name = "o" + i;
            Instant at = start.plusSeconds(i * 87_737L); // a day and 24 minutes apart: days and weeks of each zone
            String currency = i % 5 == 0 ? "JPY" : "CNY";
            projection.on(new OrderRecorded(id(name), workspace, "EXT-" + name, channels[i % 3], at, currency, List.of(
                    new OrderLine("SKU-" + i % 7, "a", 1 + i % 4, new BigDecimal("3.10"), new BigDecimal("3.10")),
                    new OrderLine("SKU-" + i % 3, "b", 2, new BigDecimal("1.05"), new BigDecimal("2.10"))),
                                              new BigDecimal("5.20"), null, null, List.of()), at, 0);
            if (i % 4 == 0) {
                move(name, OrderStatus.CANCELLED, at.plusSeconds(600), 1);
                continue;
            }
            move(name, OrderStatus.SHIPPED, at.plusSeconds(3_600L * (1 + i % 9) + i), 1);
            if (i % 3 == 0) {
                move(name, OrderStatus.DELIVERED, at.plusSeconds(3_600L * (30 + i)), 2);
                move(name, OrderStatus.COMPLETED, at.plusSeconds(3_600L * (50 + i)), 3);
            }
            if (i % 5 == 1) {
                projection.on(new OrderLinesChanged(id(name), workspace, List.of(
                        new OrderLine("SKU-X", "x", 3, new BigDecimal("9.00"), new BigDecimal("27.00"))),
                                                    new BigDecimal("27.00"), new BigDecimal("27.00")), 4);
            }
        }
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        OrderReport fromUnfoldedDays = reports.report(workspace, from, to, SHANGHAI, OrderReportReads.Granularity.WEEK);
        new DeltaFolding(jdbc).fold();
        OrderReport fromDays = reports.report(workspace, from, to, SHANGHAI, OrderReportReads.Granularity.WEEK);
        setZone("Europe/Berlin"); // days recounted in Berlin: Shanghai's figures now come from the facts
        OrderReport fromFacts = reports.report(workspace, from, to, SHANGHAI, OrderReportReads.Granularity.WEEK);
        setZone("Asia/Shanghai");
        OrderReport fromRecountedDays = reports.report(workspace, from, to, SHANGHAI,
                                                       OrderReportReads.Granularity.WEEK);

        assertThat(fromDays.flow().placed()).isEqualTo(60);
        assertThat(fromDays.topSkusByQuantity()).isNotEmpty();
        assertThat(fromDays.recordedToShipped().orders()).isEqualTo(45);
        assertThat(fromDays.shippedToDelivered().orders()).isEqualTo(15);
        assertThat(fromUnfoldedDays).isEqualTo(fromDays);
        assertThat(fromFacts).isEqualTo(fromDays);
        assertThat(fromRecountedDays).isEqualTo(fromDays);
    }

    private void setZone(String zone) {
        jdbc.sql("UPDATE query_side.workspace SET time_zone = ? WHERE workspace_id = ?").params(zone, workspace)
            .update();
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
