package com.orderdesk.command.refusal;

import java.net.URI;

/** The caller may not do this (the access denial is recorded): answered 403. */
public non-sealed class Forbidden extends Refusal {

    public Forbidden(URI type, String title, String detail) {
        super(type, title, detail);
    }

    @Override
    public final int status() {
        return 403;
    }
}
