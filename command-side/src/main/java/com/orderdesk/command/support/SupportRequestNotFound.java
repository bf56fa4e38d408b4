package com.orderdesk.command.support;

/** No such request of the caller's; answered as 404 so other people's requests are not revealed. */
public class SupportRequestNotFound extends RuntimeException {

    public SupportRequestNotFound(String requestId) {
        super("Support request " + requestId + " was not found");
    }
}
