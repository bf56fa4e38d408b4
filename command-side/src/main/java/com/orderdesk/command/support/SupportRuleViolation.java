package com.orderdesk.command.support;

/** A command broke a rule of support requests (e.g. a text too long); nothing changed. */
public class SupportRuleViolation extends RuntimeException {

    public SupportRuleViolation(String message) {
        super(message);
    }
}
