package com.orderdesk.command.refusal;

import java.net.URI;

/** The request conflicts with the current state (a duplicate, a transition not allowed now): answered 409. */
public non-sealed class Conflict extends Refusal {

    public Conflict(URI type, String title, String detail) {
        super(type, title, detail);
    }

    @Override
    public final int status() {
        return 409;
    }
}
