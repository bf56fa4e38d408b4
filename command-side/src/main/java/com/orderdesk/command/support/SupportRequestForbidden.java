package com.orderdesk.command.support;

/** The caller's role may not do this to a support request (only admins answer and close; admins do not submit). */
public class SupportRequestForbidden extends RuntimeException {

    public SupportRequestForbidden(String message) {
        super(message);
    }
}
