package com.orderdesk.query.web;

/** A request parameter that is well-formed but not allowed here; answered as a 400 problem. */
public class BadParameter extends RuntimeException {

    public BadParameter(String message) {
        super(message);
    }
}
