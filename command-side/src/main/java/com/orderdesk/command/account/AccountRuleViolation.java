package com.orderdesk.command.account;

/** A command broke a rule of the account (e.g. removing the owner); nothing changed. */
public class AccountRuleViolation extends RuntimeException {

    public AccountRuleViolation(String message) {
        super(message);
    }
}
