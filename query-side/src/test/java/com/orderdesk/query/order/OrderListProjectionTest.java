package com.orderdesk.query.order;

import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order-list projection writes the read model on a real PostgreSQL with this module's migrations. */
class OrderListProjectionTest {

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();

    private OrderListRepository repository;
    private OrderListProjection projection;

    @BeforeEach
    void setUp() {
        jdbc.sql("TRUNCATE query_side.order_summary CASCADE").update();
        repository = new OrderListRepository(jdbc);
        projection = new OrderListProjection(repository);
    }

    @Test
    void recordedOrderBecomesSummaryWithLines() {
        Instant recordedAt = Instant.parse("2026-11-22T08:00:00.123456Z");
        projection.on(order("o-1", "w-1", "EXT-1"), recordedAt, 0);

        OrderSummaryRow summary = repository.findSummary("o-1").orElseThrow();
        assertThat(summary.status()).isEqualTo("RECORDED");
        assertThat(summary.recordedAt()).isEqualTo(recordedAt);
        assertThat(summary.total()).isEqualByComparingTo("59.70").hasScaleOf(2);
        assertThat(summary.lineCount()).isEqualTo(1);
        assertThat(repository.findLines("o-1"))
                .containsExactly(new OrderLineRow(1, "TEA", "茶", 3, new BigDecimal("19.90"), new BigDecimal("59.70")));
    }

    @Test
    void replayingTheSameEventChangesNothing() {
        Instant recordedAt = Instant.parse("2026-11-22T08:00:00Z");
        projection.on(order("o-1", "w-1", "EXT-1"), recordedAt, 0);
        projection.on(order("o-1", "w-1", "EXT-1"), recordedAt, 0);

        assertThat(jdbc.sql("SELECT count(*) FROM query_side.order_summary").query(Long.class).single()).isEqualTo(1);
        assertThat(repository.findLines("o-1")).hasSize(1);
    }

    @Test
    void pagesAreNewestFirstAndConfinedToTheWorkspace() {
        Instant t = Instant.parse("2026-11-22T08:00:00Z");
        projection.on(order("a", "w-1", "E-1"), t, 0);
        projection.on(order("b", "w-1", "E-2"), t.plusSeconds(1), 0);
        projection.on(order("c", "w-1", "E-3"), t.plusSeconds(1), 0); // same instant: order id breaks the tie
        projection.on(order("x", "w-2", "E-1"), t.plusSeconds(5), 0);

        List<OrderSummaryRow> first = repository.findPage("w-1", null, 2);
        List<OrderSummaryRow> rest = repository.findPage(
                "w-1", new PageCursor(first.get(1).recordedAt(), first.get(1).orderId()), 2);

        assertThat(first).extracting(OrderSummaryRow::orderId).containsExactly("c", "b");
        assertThat(rest).extracting(OrderSummaryRow::orderId).containsExactly("a");
    }

    private static OrderRecorded order(String orderId, String workspaceId, String externalNumber) {
        return new OrderRecorded(orderId, workspaceId, externalNumber, "Tmall", null, "CNY",
                                 List.of(new OrderLine("TEA", "茶", 3, new BigDecimal("19.90"),
                                                       new BigDecimal("59.70"))),
                                 new BigDecimal("59.70"), null, null, List.of());
    }
}
