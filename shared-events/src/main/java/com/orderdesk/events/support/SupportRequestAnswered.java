package com.orderdesk.events.support;

import org.axonframework.serialization.Revision;

/** An admin answered the request; the answer is shown to the requester. */
@Revision("1")
public record SupportRequestAnswered(String requestId, String accountId, String workspaceId, String answeredBy,
                                     String answer) {
}
