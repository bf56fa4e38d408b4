package com.orderdesk.command.support;

import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.RuleViolated;

/** A command broke a rule of support requests (e.g. a text too long); nothing changed. */
public class SupportRuleViolation extends RuleViolated {

    public SupportRuleViolation(String message) {
        super(ProblemTypes.SUPPORT_RULE_VIOLATED, "Support request rule violated", message);
    }
}
