package com.orderdesk.command.order;

/** A command broke a business rule of the order; nothing was recorded. */
public class OrderRuleViolation extends RuntimeException {

    public OrderRuleViolation(String message) {
        super(message);
    }
}
