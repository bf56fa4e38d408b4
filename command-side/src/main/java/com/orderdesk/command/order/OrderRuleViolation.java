package com.orderdesk.command.order;

import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.RuleViolated;

/** A command broke a business rule of the order; nothing was recorded. */
public class OrderRuleViolation extends RuleViolated {

    public OrderRuleViolation(String message) {
        super(ProblemTypes.ORDER_RULE_VIOLATED, "Order rule violated", message);
    }
}
