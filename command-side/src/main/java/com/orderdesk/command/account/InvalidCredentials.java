package com.orderdesk.command.account;

/**
 * A login did not succeed. One answer for unknown accounts, wrong passwords and refused (locked, removed)
 * accounts, so the answer does not reveal whether an account exists.
 */
public class InvalidCredentials extends RuntimeException {

    public InvalidCredentials() {
        super("The username or mobile number and password do not match an account that can log in now");
    }
}
