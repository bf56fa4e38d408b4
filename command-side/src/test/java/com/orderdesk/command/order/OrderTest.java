package com.orderdesk.command.order;

import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** The rules of recording an order. */
class OrderTest {

    private static final Instant ORDERED_AT = Instant.parse("2026-11-20T09:30:00Z");

    private AggregateTestFixture<Order> fixture;
    private OrderNumbersHeldInMemory orderNumbers;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        orderNumbers = new OrderNumbersHeldInMemory();
        fixture.registerInjectableResource(orderNumbers);
    }

    @Test
    void canRecordOrderWithExactLineAndOrderTotals() {
        fixture.givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "CNY",
                            line("TEA", 3, "19.9"), line("CUP", 1, "0.10")))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new OrderRecorded("o-1", "w-1", "EXT-1", "Tmall", ORDERED_AT, "CNY", List.of(
                       new OrderLine("TEA", "TEA item", 3, new BigDecimal("19.90"), new BigDecimal("59.70")),
                       new OrderLine("CUP", "CUP item", 1, new BigDecimal("0.10"), new BigDecimal("0.10"))),
                                                 new BigDecimal("59.80")));
    }

    @Test
    void canRecordFreeItems() {
        fixture.givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "EUR", line("GIFT", 1, "0")))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new OrderRecorded("o-1", "w-1", "EXT-1", "Tmall", ORDERED_AT, "EUR", List.of(
                       new OrderLine("GIFT", "GIFT item", 1, new BigDecimal("0.00"), new BigDecimal("0.00"))),
                                                 new BigDecimal("0.00")));
    }

    @Test
    void cannotRecordOrderWithoutLines() {
        fixture.givenNoPriorActivity()
               .when(new RecordOrder("o-1", "w-1", "EXT-1", "Tmall", ORDERED_AT, "CNY", Collections.emptyList()))
               .expectException(OrderRuleViolation.class)
               .expectExceptionMessage("An order needs at least one line item")
               .expectNoEvents();
    }

    @Test
    void cannotRecordOrderInUnknownCurrency() {
        fixture.givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "XYZ", line("TEA", 1, "1.00")))
               .expectException(OrderRuleViolation.class)
               .expectExceptionMessage("Unknown ISO 4217 currency: XYZ")
               .expectNoEvents();
    }

    @Test
    void cannotRecordLineWithZeroQuantity() {
        fixture.givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "CNY", line("TEA", 0, "1.00")))
               .expectException(OrderRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void cannotRecordNegativeUnitPrice() {
        fixture.givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "CNY", line("TEA", 1, "-0.01")))
               .expectException(OrderRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void cannotRecordPriceFinerThanTheCurrencyAllows() {
        fixture.givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "JPY", line("TEA", 1, "100.5")))
               .expectException(OrderRuleViolation.class)
               .expectExceptionMessage("Unit price of TEA has more than 0 decimals, which JPY does not allow")
               .expectNoEvents();
    }

    @Test
    void cannotRecordMoreLinesThanTheLimit() {
        RecordOrder.Line[] lines = new RecordOrder.Line[Order.MAX_LINES + 1];
        java.util.Arrays.fill(lines, line("TEA", 1, "1.00"));
        fixture.givenNoPriorActivity()
               .when(record("o-1", "EXT-1", "CNY", lines))
               .expectException(OrderRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void cannotRecordExternalOrderNumberTwiceInOneWorkspace() {
        orderNumbers.claim("w-1", "EXT-1", "o-first");

        fixture.givenNoPriorActivity()
               .when(record("o-2", "EXT-1", "CNY", line("TEA", 1, "1.00")))
               .expectException(DuplicateExternalOrderNumber.class)
               .expectNoEvents();
    }

    @Test
    void canRecordSameExternalOrderNumberInAnotherWorkspace() {
        orderNumbers.claim("w-other", "EXT-1", "o-first");

        fixture.givenNoPriorActivity()
               .when(record("o-2", "EXT-1", "CNY", line("TEA", 1, "1.00")))
               .expectSuccessfulHandlerExecution();
    }

    private static RecordOrder record(String orderId, String externalNumber, String currency,
                                      RecordOrder.Line... lines) {
        return new RecordOrder(orderId, "w-1", externalNumber, "Tmall", ORDERED_AT, currency, List.of(lines));
    }

    private static RecordOrder.Line line(String sku, int quantity, String unitPrice) {
        return new RecordOrder.Line(sku, sku + " item", quantity, new BigDecimal(unitPrice));
    }
}
