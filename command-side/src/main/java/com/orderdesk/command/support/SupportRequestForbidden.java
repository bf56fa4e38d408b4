package com.orderdesk.command.support;

import com.orderdesk.command.refusal.Forbidden;
import com.orderdesk.web.problem.CommonProblemTypes;

/** The caller's role may not do this to a support request (only admins answer and close; admins do not submit). */
public class SupportRequestForbidden extends Forbidden {

    public SupportRequestForbidden(String message) {
        super(CommonProblemTypes.FORBIDDEN, "Forbidden", message);
    }
}
