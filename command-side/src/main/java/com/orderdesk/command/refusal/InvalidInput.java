package com.orderdesk.command.refusal;

import java.net.URI;

/** The request is malformed: answered 400. */
public non-sealed class InvalidInput extends Refusal {

    public InvalidInput(URI type, String title, String detail) {
        super(type, title, detail);
    }

    @Override
    public final int status() {
        return 400;
    }
}
