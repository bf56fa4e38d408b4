package com.orderdesk.command.account;

import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.Unauthenticated;

/**
 * A login did not succeed. One answer for unknown accounts, wrong passwords and refused (locked, removed)
 * accounts, so the answer does not reveal whether an account exists.
 */
public class InvalidCredentials extends Unauthenticated {

    public InvalidCredentials() {
        super(ProblemTypes.INVALID_CREDENTIALS, "Login failed",
              "The username or mobile number and password do not match an account that can log in now");
    }
}
