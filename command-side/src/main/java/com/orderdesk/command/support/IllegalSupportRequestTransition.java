package com.orderdesk.command.support;

import com.orderdesk.events.support.SupportRequestStatus;

/** The request's status does not allow the action (closing a closed request, answering a withdrawn one ...). */
public class IllegalSupportRequestTransition extends RuntimeException {

    private final SupportRequestStatus current;

    public IllegalSupportRequestTransition(SupportRequestStatus current, String action) {
        super("A " + current + " support request cannot be " + action);
        this.current = current;
    }

    public SupportRequestStatus current() {
        return current;
    }
}
