package com.orderdesk.command.account;

import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.RuleViolated;

/** A command broke a rule of the account (e.g. removing the owner); nothing changed. */
public class AccountRuleViolation extends RuleViolated {

    public AccountRuleViolation(String message) {
        super(ProblemTypes.ACCOUNT_RULE_VIOLATED, "Account rule violated", message);
    }
}
