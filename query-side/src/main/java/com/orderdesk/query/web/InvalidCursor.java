package com.orderdesk.query.web;

/** A list cursor was tampered with or does not come from this API. */
public class InvalidCursor extends RuntimeException {

    public InvalidCursor() {
        super("The cursor is not valid; use the nextCursor of a previous page");
    }
}
