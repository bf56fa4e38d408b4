package com.orderdesk.command.support;

import com.orderdesk.command.refusal.Conflict;
import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.events.support.SupportRequestStatus;

/** The request's status does not allow the action (closing a closed request, answering a withdrawn one ...). */
public class IllegalSupportRequestTransition extends Conflict {

    public IllegalSupportRequestTransition(SupportRequestStatus current, String action) {
        super(ProblemTypes.ILLEGAL_TRANSITION, "Not allowed now",
              "A " + current + " support request cannot be " + action);
        property("currentStatus", current);
    }
}
