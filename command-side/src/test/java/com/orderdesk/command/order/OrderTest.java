package com.orderdesk.command.order;

import com.orderdesk.events.order.AfterSalesKind;
import com.orderdesk.events.order.AttachmentAdded;
import com.orderdesk.events.order.AttachmentRemoved;
import com.orderdesk.events.order.BuyerNoteChanged;
import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.CustomerContactCorrected;
import com.orderdesk.events.order.InternalNoteAdded;
import com.orderdesk.events.order.InternalNoteDeleted;
import com.orderdesk.events.order.InternalNoteEdited;
import com.orderdesk.events.order.OrderFollowed;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderTagged;
import com.orderdesk.events.order.OrderUnfollowed;
import com.orderdesk.events.order.OrderUntagged;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.events.order.ShippingAddress;
import com.orderdesk.events.privacy.CustomerErased;
import com.orderdesk.events.privacy.CustomerErasureRequested;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.orderdesk.command.caller.Actors.by;
import static com.orderdesk.command.caller.Actors.in;
import static com.orderdesk.events.order.OrderStatus.AFTER_SALES;
import static com.orderdesk.events.order.OrderStatus.CANCELLED;
import static com.orderdesk.events.order.OrderStatus.CLOSED;
import static com.orderdesk.events.order.OrderStatus.COMPLETED;
import static com.orderdesk.events.order.OrderStatus.CONFIRMED;
import static com.orderdesk.events.order.OrderStatus.DELIVERED;
import static com.orderdesk.events.order.OrderStatus.IN_FULFILLMENT;
import static com.orderdesk.events.order.OrderStatus.RECORDED;
import static com.orderdesk.events.order.OrderStatus.SHIPPED;

/** The rules of orders: recording, pricing, the status machine, edits, tags, notes and attachments. */
class OrderTest {

    private static final Instant ORDERED_AT = Instant.parse("2026-11-20T09:30:00Z");
    private static final CustomerContact CUSTOMER = new CustomerContact(
            "王小明", "+8613800000000", new ShippingAddress("CN", "浙江", "杭州", "西湖路 1 号", "310000"));
    private static final Shipment SHIPMENT = new Shipment("SF Express", "SF1234567890");

    /** The allowed moves, written out independently of the production table. */
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = new EnumMap<>(Map.of(
            RECORDED, Set.of(CONFIRMED, CANCELLED),
            CONFIRMED, Set.of(IN_FULFILLMENT, CANCELLED),
            IN_FULFILLMENT, Set.of(SHIPPED, CANCELLED),
            SHIPPED, Set.of(DELIVERED, AFTER_SALES),
            DELIVERED, Set.of(COMPLETED, AFTER_SALES),
            COMPLETED, Set.of(AFTER_SALES),
            AFTER_SALES, Set.of(COMPLETED, CLOSED),
            CANCELLED, Set.of(),
            CLOSED, Set.of()));

    /** A path of statuses from RECORDED to each status. */
    private static final Map<OrderStatus, List<OrderStatus>> PATH = new EnumMap<>(Map.of(
            RECORDED, List.of(RECORDED),
            CONFIRMED, List.of(RECORDED, CONFIRMED),
            IN_FULFILLMENT, List.of(RECORDED, CONFIRMED, IN_FULFILLMENT),
            SHIPPED, List.of(RECORDED, CONFIRMED, IN_FULFILLMENT, SHIPPED),
            DELIVERED, List.of(RECORDED, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED),
            COMPLETED, List.of(RECORDED, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, COMPLETED),
            AFTER_SALES, List.of(RECORDED, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, AFTER_SALES),
            CLOSED, List.of(RECORDED, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, AFTER_SALES, CLOSED),
            CANCELLED, List.of(RECORDED, CANCELLED)));

    private OrderNumbersHeldInMemory orderNumbers;

    @BeforeEach
    void setUp() {
        orderNumbers = new OrderNumbersHeldInMemory();
    }

    /** A new fixture per scenario: a fixture runs one given-when-then only. */
    private AggregateTestFixture<Order> fixture() {
        AggregateTestFixture<Order> fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(orderNumbers);
        return fixture;
    }

    // --- recording ---------------------------------------------------------------------------------------------

    @Test
    void canRecordOrderWithExactTotalsCustomerNoteAndTags() {
        fixture().givenNoPriorActivity()
               .when(new RecordOrder("o-1", in("w-1"), "EXT-1", "Tmall", ORDERED_AT, "CNY",
                                     List.of(line("TEA", 3, "19.9"), line("CUP", 1, "0.10")), CUSTOMER, "快点",
                                     List.of(" vip ", "vip", "gift")))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new OrderRecorded("o-1", "w-1", "EXT-1", "Tmall", ORDERED_AT, "CNY", List.of(
                       new OrderLine("TEA", "TEA item", 3, new BigDecimal("19.90"), new BigDecimal("59.70")),
                       new OrderLine("CUP", "CUP item", 1, new BigDecimal("0.10"), new BigDecimal("0.10"))),
                                                 new BigDecimal("59.80"), CUSTOMER, "快点", List.of("vip", "gift")));
    }

    @Test
    void canRecordFreeItems() {
        fixture().givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "EUR", line("GIFT", 1, "0")))
               .expectEvents(new OrderRecorded("o-1", "w-1", "EXT-1", "Tmall", ORDERED_AT, "EUR", List.of(
                       new OrderLine("GIFT", "GIFT item", 1, new BigDecimal("0.00"), new BigDecimal("0.00"))),
                                                 new BigDecimal("0.00"), null, null, List.of()));
    }

    @Test
    void cannotRecordOrderWithoutLines() {
        fixture().givenNoPriorActivity()
               .when(new RecordOrder("o-1", in("w-1"), "EXT-1", "Tmall", ORDERED_AT, "CNY", Collections.emptyList(),
                                     null, null, null))
               .expectException(OrderRuleViolation.class)
               .expectExceptionMessage("An order needs at least one line item")
               .expectNoEvents();
    }

    @Test
    void cannotRecordOrderInUnknownCurrency() {
        fixture().givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "XYZ", line("TEA", 1, "1.00")))
               .expectException(OrderRuleViolation.class)
               .expectExceptionMessage("Unknown ISO 4217 currency: XYZ");
    }

    @Test
    void cannotRecordLineWithZeroQuantity() {
        fixture().givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "CNY", line("TEA", 0, "1.00")))
               .expectException(OrderRuleViolation.class);
    }

    @Test
    void cannotRecordNegativeUnitPrice() {
        fixture().givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "CNY", line("TEA", 1, "-0.01")))
               .expectException(OrderRuleViolation.class);
    }

    @Test
    void cannotRecordPriceFinerThanTheCurrencyAllows() {
        fixture().givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "JPY", line("TEA", 1, "100.5")))
               .expectException(OrderRuleViolation.class)
               .expectExceptionMessage("Unit price of TEA has more than 0 decimals, which JPY does not allow");
    }

    @Test
    void cannotRecordMoreLinesThanTheLimit() {
        RecordOrder.Line[] lines = new RecordOrder.Line[OrderPricing.MAX_LINES + 1];
        Arrays.fill(lines, line("TEA", 1, "1.00"));
        fixture().givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "CNY", lines))
               .expectException(OrderRuleViolation.class);
    }

    @Test
    void cannotRecordExternalOrderNumberTwiceInOneWorkspace() {
        orderNumbers.claim("w-1", "EXT-1", "o-first");

        fixture().givenNoPriorActivity()
               .when(record("o-2", "EXT-1", "CNY", line("TEA", 1, "1.00")))
               .expectException(DuplicateExternalOrderNumber.class)
               .expectNoEvents();
    }

    @Test
    void canRecordSameExternalOrderNumberInAnotherWorkspace() {
        orderNumbers.claim("w-other", "EXT-1", "o-first");

        fixture().givenNoPriorActivity()
               .when(record("o-2", "EXT-1", "CNY", line("TEA", 1, "1.00")))
               .expectSuccessfulHandlerExecution();
    }

    // --- the status machine ------------------------------------------------------------------------------------

    static Stream<Arguments> everyPairOfStatuses() {
        List<Arguments> pairs = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    void statusMachineAllowsExactlyTheListedMoves(OrderStatus from, OrderStatus to) {
        var result = fixture().given(history(from)).when(move(to));
        if (ALLOWED.get(from).contains(to)) {
            result.expectEvents(new OrderStatusChanged("o-1", "w-1", from, to, "because",
                                                       to == SHIPPED ? SHIPMENT : null,
                                                       to == AFTER_SALES ? AfterSalesKind.RETURN : null));
        } else {
            result.expectException(IllegalOrderTransition.class).expectNoEvents();
        }
    }

    @Test
    void illegalMoveNamesCurrentAndAllowedStatuses() {
        fixture().given(history(SHIPPED))
               .when(move(CANCELLED))
               .expectException(IllegalOrderTransition.class)
               .expectExceptionMessage("An order in status SHIPPED cannot move to CANCELLED; it can move to "
                                       + "[DELIVERED, AFTER_SALES]");
    }

    @Test
    void cancellingNeedsAReason() {
        fixture().given(history(CONFIRMED))
               .when(new ChangeOrderStatus("o-1", null, in("w-1"), CANCELLED, " ", null, null))
               .expectException(OrderRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void shippingNeedsCarrierAndTrackingNumber() {
        fixture().given(history(IN_FULFILLMENT))
               .when(new ChangeOrderStatus("o-1", null, in("w-1"), SHIPPED, null, new Shipment("SF", " "), null))
               .expectException(OrderRuleViolation.class);
    }

    @Test
    void afterSalesNeedsKindAndReason() {
        fixture().given(history(DELIVERED))
               .when(new ChangeOrderStatus("o-1", null, in("w-1"), AFTER_SALES, "broken", null, null))
               .expectException(OrderRuleViolation.class);
        fixture().given(history(DELIVERED))
               .when(new ChangeOrderStatus("o-1", null, in("w-1"), AFTER_SALES, null, null, AfterSalesKind.COMPLAINT))
               .expectException(OrderRuleViolation.class);
    }

    @Test
    void resolvingAfterSalesNeedsAReason() {
        fixture().given(history(AFTER_SALES))
               .when(new ChangeOrderStatus("o-1", null, in("w-1"), COMPLETED, null, null, null))
               .expectException(OrderRuleViolation.class);
    }

    @Test
    void ordersOfAnotherWorkspaceAreNotFound() {
        fixture().given(history(RECORDED))
               .when(new ChangeOrderStatus("o-1", null, in("w-other"), CONFIRMED, null, null, null))
               .expectException(OrderNotFound.class)
               .expectNoEvents();
    }

    @Test
    void staleExpectedVersionIsRefused() {
        fixture().given(history(CONFIRMED))
               .when(new ChangeOrderStatus("o-1", 0L, in("w-1"), IN_FULFILLMENT, null, null, null))
               .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }

    @Test
    void updatesAnswerTheNewVersion() {
        fixture().given(history(CONFIRMED))
               .when(new ChangeOrderStatus("o-1", 1L, in("w-1"), IN_FULFILLMENT, null, null, null))
               .expectResultMessagePayload(2L);
    }

    // --- edits before shipping ---------------------------------------------------------------------------------

    @Test
    void canChangeLinesBeforeShippingWithNewExactTotal() {
        fixture().given(history(CONFIRMED))
               .when(new ChangeOrderLines("o-1", null, in("w-1"), List.of(line("TEA", 2, "10"))))
               .expectEvents(new OrderLinesChanged("o-1", "w-1", List.of(
                       new OrderLine("TEA", "TEA item", 2, new BigDecimal("10.00"), new BigDecimal("20.00"))),
                                                     new BigDecimal("1.00"), new BigDecimal("20.00")));
    }

    @Test
    void cannotEditAnythingOnceShipped() {
        fixture().given(history(SHIPPED))
               .when(new ChangeOrderLines("o-1", null, in("w-1"), List.of(line("TEA", 2, "10"))))
               .expectException(OrderRuleViolation.class);
        fixture().given(history(SHIPPED))
               .when(new CorrectCustomerContact("o-1", null, in("w-1"), CUSTOMER))
               .expectException(OrderRuleViolation.class);
        fixture().given(history(SHIPPED))
               .when(new TagOrder("o-1", null, in("w-1"), "late"))
               .expectException(OrderRuleViolation.class);
    }

    @Test
    void canCorrectContactAndBuyerNoteBeforeShipping() {
        fixture().given(history(RECORDED))
               .when(new CorrectCustomerContact("o-1", null, in("w-1"), CUSTOMER))
               .expectEvents(new CustomerContactCorrected("o-1", "w-1", CUSTOMER));
        fixture().given(history(RECORDED))
               .when(new ChangeBuyerNote("o-1", null, in("w-1"), "gift wrap"))
               .expectEvents(new BuyerNoteChanged("o-1", "w-1", "gift wrap"));
    }

    @Test
    void taggingIsIdempotentAndTrimmed() {
        fixture().given(history(RECORDED))
               .when(new TagOrder("o-1", null, in("w-1"), " vip "))
               .expectEvents(new OrderTagged("o-1", "w-1", "vip"));
        fixture().given(history(RECORDED, new OrderTagged("o-1", "w-1", "vip")))
               .when(new TagOrder("o-1", null, in("w-1"), "vip"))
               .expectNoEvents();
        fixture().given(history(RECORDED, new OrderTagged("o-1", "w-1", "vip")))
               .when(new UntagOrder("o-1", null, in("w-1"), "vip"))
               .expectEvents(new OrderUntagged("o-1", "w-1", "vip"));
    }

    // --- notes and attachments ---------------------------------------------------------------------------------

    @Test
    void anyoneWritesNotesButOnlyTheAuthorEditsOrDeletesThem() {
        fixture().given(history(SHIPPED))
               .when(new AddInternalNote("o-1", null, by("alice", "w-1"), "n-1", "call the buyer"))
               .expectEvents(new InternalNoteAdded("o-1", "w-1", "n-1", "alice", "call the buyer"));
        fixture().given(history(SHIPPED, new InternalNoteAdded("o-1", "w-1", "n-1", "alice", "call")))
               .when(new EditInternalNote("o-1", null, by("alice", "w-1"), "n-1", "called"))
               .expectEvents(new InternalNoteEdited("o-1", "w-1", "n-1", "called"));
        fixture().given(history(SHIPPED, new InternalNoteAdded("o-1", "w-1", "n-1", "alice", "call")))
               .when(new EditInternalNote("o-1", null, by("bob", "w-1"), "n-1", "mine now"))
               .expectException(OrderChangeForbidden.class);
        fixture().given(history(SHIPPED, new InternalNoteAdded("o-1", "w-1", "n-1", "alice", "call")))
               .when(new DeleteInternalNote("o-1", null, by("bob", "w-1"), "n-1"))
               .expectException(OrderChangeForbidden.class);
        fixture().given(history(SHIPPED, new InternalNoteAdded("o-1", "w-1", "n-1", "alice", "call")))
               .when(new DeleteInternalNote("o-1", null, by("alice", "w-1"), "n-1"))
               .expectEvents(new InternalNoteDeleted("o-1", "w-1", "n-1"));
    }

    @Test
    void attachmentsCanBeAddedAndRemovedInAnyStatus() {
        fixture().given(history(COMPLETED))
               .when(new AttachFile("o-1", null, in("w-1"), "a-1", "invoice.pdf", "application/pdf", 1234, "ab12"))
               .expectEvents(new AttachmentAdded("o-1", "w-1", "a-1", "invoice.pdf", "application/pdf", 1234, "ab12"));
        fixture().given(history(COMPLETED,
                                new AttachmentAdded("o-1", "w-1", "a-1", "invoice.pdf", "application/pdf", 1234, "ab12")))
               .when(new RemoveAttachment("o-1", null, in("w-1"), "a-1"))
               .expectEvents(new AttachmentRemoved("o-1", "w-1", "a-1"));
        fixture().given(history(COMPLETED))
               .when(new RemoveAttachment("o-1", null, in("w-1"), "nope"))
               .expectException(OrderRuleViolation.class);
    }

    // --- followers ---------------------------------------------------------------------------------------------

    @Test
    void membersFollowAndUnfollowInAnyStatusAndRepeatsChangeNothing() {
        fixture().given(history(CLOSED))
               .when(new FollowOrder("o-1", by("alice", "w-1")))
               .expectEvents(new OrderFollowed("o-1", "w-1", "alice"));
        fixture().given(history(RECORDED, new OrderFollowed("o-1", "w-1", "alice")))
               .when(new FollowOrder("o-1", by("alice", "w-1")))
               .expectNoEvents();
        fixture().given(history(RECORDED, new OrderFollowed("o-1", "w-1", "alice")))
               .when(new UnfollowOrder("o-1", by("alice", "w-1")))
               .expectEvents(new OrderUnfollowed("o-1", "w-1", "alice"));
        fixture().given(history(RECORDED))
               .when(new UnfollowOrder("o-1", by("alice", "w-1")))
               .expectNoEvents();
    }

    @Test
    void anotherWorkspaceCannotFollowTheOrder() {
        fixture().given(history(RECORDED))
               .when(new FollowOrder("o-1", by("mallory", "w-2")))
               .expectException(OrderNotFound.class)
               .expectNoEvents();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    // --- erasure of the customer's personal data ---------------------------------------------------------------

    @Test
    void anOwnerRequestsErasureOfTheCustomerOnceAndItIsCarriedOutOnce() {
        Instant due = Instant.parse("2026-11-29T10:00:00Z");
        fixture().given(history(RECORDED))
                 .when(new RequestCustomerErasure("o-1", by("owner-1", "w-1"), due))
                 .expectEvents(new CustomerErasureRequested("o-1", "w-1", "owner-1", due));
        fixture().given(history(RECORDED, new CustomerErasureRequested("o-1", "w-1", "owner-1", due)))
                 .when(new RequestCustomerErasure("o-1", by("owner-1", "w-1"), due))
                 .expectNoEvents();
        fixture().given(history(COMPLETED))
                 .when(new EraseCustomer("o-1", "RETENTION", due))
                 .expectEvents(new CustomerErased("o-1", "w-1", due, "RETENTION"));
        fixture().given(history(COMPLETED, new CustomerErased("o-1", "w-1", due, "RETENTION")))
                 .when(new EraseCustomer("o-1", "REQUEST", due))
                 .expectNoEvents();
    }

    @Test
    void anotherWorkspaceCannotRequestErasureAndAnErasedCustomerCannotBeCorrectedAgain() {
        Instant due = Instant.parse("2026-11-29T10:00:00Z");
        fixture().given(history(RECORDED))
                 .when(new RequestCustomerErasure("o-1", by("owner-2", "w-2"), due))
                 .expectException(OrderNotFound.class);
        fixture().given(history(RECORDED, new CustomerErased("o-1", "w-1", due, "REQUEST")))
                 .when(new RequestCustomerErasure("o-1", by("owner-1", "w-1"), due))
                 .expectException(OrderRuleViolation.class);
        fixture().given(history(RECORDED, new CustomerErased("o-1", "w-1", due, "REQUEST")))
                 .when(new CorrectCustomerContact("o-1", 1L, in("w-1"), CUSTOMER))
                 .expectException(OrderRuleViolation.class)
                 .expectNoEvents();
    }

    private static List<Object> history(OrderStatus status, Object... laterEvents) {
        List<Object> events = new ArrayList<>();
        events.add(new OrderRecorded("o-1", "w-1", "EXT-1", "Tmall", ORDERED_AT, "CNY", List.of(
                new OrderLine("TEA", "TEA item", 1, new BigDecimal("1.00"), new BigDecimal("1.00"))),
                                     new BigDecimal("1.00"), null, null, List.of()));
        List<OrderStatus> path = PATH.get(status);
        for (int i = 1; i < path.size(); i++) {
            OrderStatus to = path.get(i);
            events.add(new OrderStatusChanged("o-1", "w-1", path.get(i - 1), to, "because",
                                              to == SHIPPED ? SHIPMENT : null,
                                              to == AFTER_SALES ? AfterSalesKind.RETURN : null));
        }
        events.addAll(List.of(laterEvents));
        return events;
    }

    private static ChangeOrderStatus move(OrderStatus to) {
        return new ChangeOrderStatus("o-1", null, in("w-1"), to, "because", to == SHIPPED ? SHIPMENT : null,
                                     to == AFTER_SALES ? AfterSalesKind.RETURN : null);
    }

    private static RecordOrder record(String orderId, String externalNumber, String currency,
                                      RecordOrder.Line... lines) {
        return new RecordOrder(orderId, in("w-1"), externalNumber, "Tmall", ORDERED_AT, currency, List.of(lines), null,
                               null, null);
    }

    private static RecordOrder.Line line(String sku, int quantity, String unitPrice) {
        return new RecordOrder.Line(sku, sku + " item", quantity, new BigDecimal(unitPrice));
    }
}
