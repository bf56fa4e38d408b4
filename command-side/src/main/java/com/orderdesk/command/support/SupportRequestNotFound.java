package com.orderdesk.command.support;

import com.orderdesk.command.refusal.NotFound;

/** No such request of the caller's; answered as 404 so other people's requests are not revealed. */
public class SupportRequestNotFound extends NotFound {

    public SupportRequestNotFound(String requestId) {
        super("Support request " + requestId + " was not found");
    }
}
