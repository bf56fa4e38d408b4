package com.orderdesk.command.refusal;

import java.net.URI;

/** This deployment cannot do what was asked (its configuration lacks what the feature needs): answered 501. */
public non-sealed class Unsupported extends Refusal {

    public Unsupported(URI type, String title, String detail) {
        super(type, title, detail);
    }

    @Override
    public final int status() {
        return 501;
    }
}
