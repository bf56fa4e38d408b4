package com.orderdesk.command.refusal;

import java.net.URI;

/** The request is well-formed but breaks a business rule: answered 422. */
public non-sealed class RuleViolated extends Refusal {

    public RuleViolated(URI type, String title, String detail) {
        super(type, title, detail);
    }

    @Override
    public final int status() {
        return 422;
    }
}
