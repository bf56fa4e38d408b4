package com.orderdesk.command.refusal;

import java.net.URI;

/** An update came without the version it expects (If-Match): answered 428. */
public non-sealed class PreconditionRequired extends Refusal {

    public PreconditionRequired(URI type, String title, String detail) {
        super(type, title, detail);
    }

    @Override
    public final int status() {
        return 428;
    }
}
