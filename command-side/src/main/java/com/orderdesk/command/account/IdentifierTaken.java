package com.orderdesk.command.account;

import com.orderdesk.command.refusal.Conflict;
import com.orderdesk.command.refusal.ProblemTypes;

/** The username or mobile number is already used by another account. */
public class IdentifierTaken extends Conflict {

    public IdentifierTaken(String kind) {
        super(ProblemTypes.IDENTIFIER_TAKEN, "Already registered", "This " + kind + " is already registered");
    }
}
