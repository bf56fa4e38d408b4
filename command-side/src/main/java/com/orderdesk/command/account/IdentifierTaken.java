package com.orderdesk.command.account;

/** The username or mobile number is already used by another account. */
public class IdentifierTaken extends RuntimeException {

    public IdentifierTaken(String kind) {
        super("This " + kind + " is already registered");
    }
}
