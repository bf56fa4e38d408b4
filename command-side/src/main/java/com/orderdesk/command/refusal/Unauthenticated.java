package com.orderdesk.command.refusal;

import java.net.URI;

/** The caller could not be authenticated (e.g. wrong credentials): answered 401. */
public non-sealed class Unauthenticated extends Refusal {

    public Unauthenticated(URI type, String title, String detail) {
        super(type, title, detail);
    }

    @Override
    public final int status() {
        return 401;
    }
}
