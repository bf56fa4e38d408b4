package com.orderdesk.command.order;

import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An order recorded from a sales channel. Decides in command handlers; changes state only from events. */
@Aggregate
public class Order {

    static final int MAX_LINES = 500;

    @AggregateIdentifier
    private String orderId;

    protected Order() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Order(RecordOrder command, OrderNumberRegistry orderNumbers) {
        Currency currency = knownCurrency(command.currency());
        if (command.lines().isEmpty()) {
            throw new OrderRuleViolation("An order needs at least one line item");
        }
        if (command.lines().size() > MAX_LINES) {
            throw new OrderRuleViolation("An order has at most " + MAX_LINES + " line items");
        }
        List<OrderLine> lines = command.lines().stream().map(line -> priced(line, currency)).toList();
        BigDecimal total = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add)
                                .setScale(currency.getDefaultFractionDigits());

        orderNumbers.claim(command.workspaceId(), command.externalOrderNumber(), command.orderId());
        apply(new OrderRecorded(command.orderId(), command.workspaceId(), command.externalOrderNumber(),
                                command.salesChannel(), command.orderedAt(), currency.getCurrencyCode(),
                                lines, total));
    }

    @EventSourcingHandler
    void on(OrderRecorded event) {
        this.orderId = event.orderId();
    }

    private static Currency knownCurrency(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new OrderRuleViolation("Currency " + code + " has no minor unit and cannot price orders");
            }
            return currency;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OrderRuleViolation("Unknown ISO 4217 currency: " + code);
        }
    }

    private static OrderLine priced(RecordOrder.Line line, Currency currency) {
        if (line.quantity() <= 0) {
            throw new OrderRuleViolation("Quantity of " + line.sku() + " must be greater than zero");
        }
        if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
            throw new OrderRuleViolation("Unit price of " + line.sku() + " must be zero or more");
        }
        int minorUnits = currency.getDefaultFractionDigits();
        if (line.unitPrice().stripTrailingZeros().scale() > minorUnits) {
            throw new OrderRuleViolation("Unit price of " + line.sku() + " has more than " + minorUnits
                                         + " decimals, which " + currency.getCurrencyCode() + " does not allow");
        }
        BigDecimal unitPrice = line.unitPrice().setScale(minorUnits);
        return new OrderLine(line.sku(), line.title(), line.quantity(), unitPrice,
                             unitPrice.multiply(BigDecimal.valueOf(line.quantity())));
    }
}
