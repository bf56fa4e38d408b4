package com.orderdesk.command.order;

import com.orderdesk.events.order.OrderLine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** Exact prices: each line at the currency's minor unit, totals as sums, never floating point. */
final class OrderPricing {

    static final int MAX_LINES = 500;

    private OrderPricing() {
    }

    static Currency knownCurrency(String code) {
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

    static List<OrderLine> priced(List<RecordOrder.Line> lines, Currency currency) {
        if (lines.isEmpty()) {
            throw new OrderRuleViolation("An order needs at least one line item");
        }
        if (lines.size() > MAX_LINES) {
            throw new OrderRuleViolation("An order has at most " + MAX_LINES + " line items");
        }
        return lines.stream().map(line -> priced(line, currency)).toList();
    }

    static BigDecimal total(List<OrderLine> lines, Currency currency) {
        return lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(currency.getDefaultFractionDigits());
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
