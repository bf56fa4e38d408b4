package com.orderdesk.query.order;

import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.InternalNoteAdded;
import com.orderdesk.events.order.InternalNoteDeleted;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderTagged;
import com.orderdesk.events.order.OrderUntagged;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.events.order.ShippingAddress;
import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.infra.DeltaFolding;
import com.orderdesk.query.infra.LiveChanges;
import com.orderdesk.query.list.TallyReads;
import com.orderdesk.query.task.TaskBoardReads;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The order-list projection and its queries on a real PostgreSQL with this module's migrations. */
class OrderListProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final OrderFilter ALL = new OrderFilter(null, null, null, null, null, null, null);

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final TallyReads tallies = new TallyReads(jdbc);
    private final OrderListReads reads = new OrderListReads(jdbc, tallies);
    private final OrderDetailReads details = new OrderDetailReads(jdbc, reads,
                                                                  new TaskBoardReads(jdbc, tallies, Clock.systemUTC()));
    private final OrderListProjection projection = new OrderListProjection(
            new OrderListWrites(ReadModelDatabase.template()), new OrderLiveUpdates(details, SimpleQueryUpdateEmitter.builder().build(),
                                 new LiveChanges(ReadModelDatabase.jdbc())));
    private String workspace;

    @BeforeEach
    void setUp() {
        workspace = "w-" + UUID.randomUUID();
    }

    @Test
    void recordedOrderBecomesSummaryWithLinesCustomerAndTags() {
        Instant recordedAt = Instant.parse("2026-11-22T08:00:00.123456Z");
        projection.on(order("o-1" + workspace, "EXT-1", "Tmall", null, "59.70", List.of("vip")), recordedAt, 0);

        OrderSummaryRow summary = reads.summary(workspace, "o-1" + workspace).orElseThrow();
        assertThat(summary.status()).isEqualTo("RECORDED");
        assertThat(summary.recordedAt()).isEqualTo(recordedAt);
        assertThat(summary.orderTime()).as("recording time stands in for a missing order time").isEqualTo(recordedAt);
        assertThat(summary.total()).isEqualByComparingTo("59.70").hasScaleOf(2);
        assertThat(summary.customerName()).isEqualTo("王小明");
        assertThat(summary.shippingAddressJson()).contains("杭州");
        assertThat(summary.tags()).containsExactly("vip");
        assertThat(details.lines("o-1" + workspace))
                .containsExactly(new OrderLineRow(1, "TEA", "茶", 3, new BigDecimal("19.90"), new BigDecimal("59.70")));
    }

    @Test
    void changesApplyOnceInVersionOrderAndReplaysChangeNothing() {
        String id = "o-2" + workspace;
        projection.on(order(id, "EXT-2", "Tmall", T0, "59.70", List.of()), T0, 0);
        OrderStatusChanged confirmed = new OrderStatusChanged(id, workspace, OrderStatus.RECORDED,
                                                              OrderStatus.CONFIRMED, null, null, null);
        OrderLinesChanged lines = new OrderLinesChanged(id, workspace, List.of(
                new OrderLine("CUP", "杯", 2, new BigDecimal("5.00"), new BigDecimal("10.00"))),
                                                        new BigDecimal("59.70"), new BigDecimal("10.00"));
        projection.on(confirmed, T0.plusSeconds(1), 1);
        projection.on(lines, T0.plusSeconds(2), 2);
        projection.on(new OrderTagged(id, workspace, "urgent"), T0.plusSeconds(3), 3);
        projection.on(new InternalNoteAdded(id, workspace, "n-" + id, "alice", "call the buyer"), T0.plusSeconds(4), 4);
        // replays of older events
        projection.on(confirmed, T0.plusSeconds(1), 1);
        projection.on(new OrderUntagged(id, workspace, "urgent"), T0.plusSeconds(3), 3);
        projection.on(new InternalNoteDeleted(id, workspace, "n-" + id), T0.plusSeconds(4), 4);

        OrderSummaryRow summary = reads.summary(workspace, id).orElseThrow();
        assertThat(summary.version()).isEqualTo(4);
        assertThat(summary.status()).isEqualTo("CONFIRMED");
        assertThat(summary.total()).isEqualByComparingTo("10.00");
        assertThat(summary.tags()).containsExactly("urgent");
        assertThat(details.lines(id)).extracting(OrderLineRow::sku).containsExactly("CUP");
        assertThat(details.detail(workspace, id).orElseThrow().notes()).extracting(OrderDetailView.Note::text)
                                                                       .containsExactly("call the buyer");
    }

    @Test
    void shipmentIsKeptFromTheShippingTransition() {
        String id = "o-3" + workspace;
        projection.on(order(id, "EXT-3", "Tmall", T0, "1.00", List.of()), T0, 0);
        projection.on(new OrderStatusChanged(id, workspace, OrderStatus.IN_FULFILLMENT, OrderStatus.SHIPPED, null,
                                             new Shipment("SF", "SF123"), null), T0, 1);
        projection.on(new OrderStatusChanged(id, workspace, OrderStatus.SHIPPED, OrderStatus.DELIVERED, null, null,
                                             null), T0, 2);

        OrderSummaryRow summary = reads.summary(workspace, id).orElseThrow();
        assertThat(summary.status()).isEqualTo("DELIVERED");
        assertThat(summary.carrier()).isEqualTo("SF");
        assertThat(summary.trackingNumber()).isEqualTo("SF123");
    }

    @Test
    void listFiltersByStatusChannelTagTimeAndTextAndCountsPerStatus() {
        projection.on(order("a" + workspace, "TB-100", "Taobao", T0, "10.00", List.of("vip")), T0, 0);
        projection.on(order("b" + workspace, "TB-200", "Taobao", T0.plusSeconds(60), "30.00", List.of()), T0, 0);
        projection.on(order("c" + workspace, "JD-100%", "JD", T0.plusSeconds(120), "20.00", List.of("vip")), T0, 0);
        projection.on(new OrderStatusChanged("b" + workspace, workspace, OrderStatus.RECORDED, OrderStatus.CANCELLED,
                                             "buyer asked", null, null), T0, 1);

        assertThat(ids(new OrderFilter(Set.of("RECORDED"), null, null, null, null, null, null))).containsExactly("c", "a");
        assertThat(ids(new OrderFilter(null, "Taobao", null, null, null, null, null))).containsExactly("b", "a");
        assertThat(ids(new OrderFilter(null, null, "vip", null, null, null, null))).containsExactly("c", "a");
        assertThat(ids(new OrderFilter(null, null, null, T0.plusSeconds(60), T0.plusSeconds(120), null, null)))
                .containsExactly("b");
        assertThat(ids(new OrderFilter(null, null, null, null, null, "tb-1", null))).containsExactly("a");
        assertThat(ids(new OrderFilter(null, null, null, null, null, "100%", null))).as("% is literal").containsExactly("c");
        assertThat(ids(new OrderFilter(null, null, null, null, null, "王小", null))).containsExactly("c", "b", "a");
        jdbc.sql("""
                 INSERT INTO query_side.task_card (task_id, workspace_id, title, status, priority, assignee_ids,
                                                   order_id, creator_id, created_at, updated_at, version)
                 VALUES (?, ?, 'Pack', 'TODO', 'NORMAL', ARRAY['bob'], ?, 'alice', now(), now(), 0)""")
            .params("t-" + workspace, workspace, "c" + workspace).update();
        assertThat(ids(new OrderFilter(null, null, null, null, null, null, "bob"))).as("assignee of a linked task")
                                                                                .containsExactly("c");
        assertThat(ids(new OrderFilter(null, null, null, null, null, null, "carol"))).isEmpty();
        assertThat(reads.page(workspace, new OrderFilter(Set.of("RECORDED"), null, null, null, null, null, null),
                              OrderSort.ORDER_TIME, false, null, 50).statusCounts())
                .isEqualTo(Map.of("RECORDED", 2L, "CANCELLED", 1L));
    }

    @Test
    void pagesFollowTheRequestedSortAndStayInTheWorkspace() {
        projection.on(order("a" + workspace, "E-1", "Tmall", T0, "30.00", List.of()), T0, 0);
        projection.on(order("b" + workspace, "E-2", "Tmall", T0.plusSeconds(1), "10.00", List.of()), T0, 0);
        projection.on(order("c" + workspace, "E-3", "Tmall", T0.plusSeconds(1), "20.00", List.of()), T0, 0);
        projection.on(order("x" + UUID.randomUUID(), "w-other", "E-1", "Tmall", T0.plusSeconds(5), "1.00"), T0, 0);

        OrderPage first = reads.page(workspace, ALL, OrderSort.ORDER_TIME, false, null, 2);
        OrderPage rest = reads.page(workspace, ALL, OrderSort.ORDER_TIME, false, first.nextCursor(), 2);
        assertThat(first.items()).extracting(r -> r.orderId().substring(0, 1)).containsExactly("c", "b");
        assertThat(rest.items()).extracting(r -> r.orderId().substring(0, 1)).containsExactly("a");
        assertThat(reads.page(workspace, ALL, OrderSort.TOTAL, true, null, 10).items())
                .extracting(r -> r.orderId().substring(0, 1)).containsExactly("b", "c", "a");
    }

    @Test
    void aPageSaysWhetherAnotherFollows() {
        for (String id : List.of("a", "b", "c")) {
            projection.on(order(id + workspace, "P-" + id, "Tmall", T0, "1.00", List.of()), T0, 0);
        }

        OrderPage first = reads.page(workspace, ALL, OrderSort.ORDER_TIME, false, null, 2);
        OrderPage last = reads.page(workspace, ALL, OrderSort.ORDER_TIME, false, first.nextCursor(), 2);

        assertThat(first.items()).hasSize(2);
        assertThat(last.items()).hasSize(1);
        assertThat(last.nextCursor()).isNull();
        assertThat(first.statusCounts()).containsEntry("RECORDED", 3L);
    }

    @Test
    void statusCountsStayExactThroughChangesReplaysFoldsAndDeletes() {
        for (String id : List.of("a", "b", "c")) {
            projection.on(order(id + workspace, "K-" + id, id.equals("c") ? "JD" : "Tmall", T0, "1.00", List.of()),
                          T0, 0);
        }
        projection.on(order("d" + workspace, workspace, "K-d", null, T0, "1.00"), T0, 0);
        OrderStatusChanged confirmed = new OrderStatusChanged("a" + workspace, workspace, OrderStatus.RECORDED,
                                                              OrderStatus.CONFIRMED, null, null, null);
        projection.on(confirmed, T0.plusSeconds(1), 1);
        projection.on(confirmed, T0.plusSeconds(1), 1); // a replay moves nothing
        projection.on(new OrderTagged("b" + workspace, workspace, "vip"), T0.plusSeconds(1), 1); // not a count

        assertThat(countsWith(null)).isEqualTo(Map.of("RECORDED", 3L, "CONFIRMED", 1L)).isEqualTo(countedNow(null));
        assertThat(countsWith("Tmall")).isEqualTo(Map.of("RECORDED", 1L, "CONFIRMED", 1L))
                                       .isEqualTo(countedNow("Tmall"));
        new DeltaFolding(jdbc).fold();
        assertThat(countsWith(null)).as("folded").isEqualTo(countedNow(null));
        assertThat(countsWith("JD")).isEqualTo(Map.of("RECORDED", 1L)).isEqualTo(countedNow("JD"));

        jdbc.sql("DELETE FROM query_side.order_summary WHERE workspace_id = ? AND order_id <> ?")
            .params(workspace, "c" + workspace).update();
        assertThat(countsWith(null)).isEqualTo(Map.of("RECORDED", 1L)).isEqualTo(countedNow(null));
        new DeltaFolding(jdbc).fold();
        assertThat(countsWith("Tmall")).as("nothing left in the channel").isEmpty();
    }

    private Map<String, Long> countsWith(String channel) {
        return reads.page(workspace, new OrderFilter(Set.of("CONFIRMED"), channel, null, null, null, null, null),
                          OrderSort.ORDER_TIME, false, null, 1).statusCounts();
    }

    private Map<String, Long> countedNow(String channel) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT status, count(*) FROM query_side.order_summary WHERE workspace_id = ?"
                 + " AND (?::text IS NULL OR sales_channel = ?) GROUP BY status")
            .params(workspace, channel, channel)
            .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private List<String> ids(OrderFilter filter) {
        return reads.page(workspace, filter, OrderSort.ORDER_TIME, false, null, 50).items().stream()
                    .map(r -> r.orderId().substring(0, 1)).toList();
    }

    private OrderRecorded order(String orderId, String externalNumber, String channel, Instant orderedAt, String total,
                                List<String> tags) {
        return order(orderId, workspace, externalNumber, channel, orderedAt, total, tags);
    }

    private static OrderRecorded order(String orderId, String workspaceId, String externalNumber, String channel,
                                       Instant orderedAt, String total) {
        return order(orderId, workspaceId, externalNumber, channel, orderedAt, total, List.of());
    }

    private static OrderRecorded order(String orderId, String workspaceId, String externalNumber, String channel,
                                       Instant orderedAt, String total, List<String> tags) {
        return new OrderRecorded(orderId, workspaceId, externalNumber, channel, orderedAt, "CNY",
                                 List.of(new OrderLine("TEA", "茶", 3, new BigDecimal("19.90"),
                                                       new BigDecimal("59.70"))),
                                 new BigDecimal(total),
                                 new CustomerContact("王小明", "+8613800000000",
                                                     new ShippingAddress("CN", "浙江", "杭州", "西湖路 1 号", "310000")),
                                 null, tags);
    }
}
