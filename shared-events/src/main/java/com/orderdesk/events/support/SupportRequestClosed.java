package com.orderdesk.events.support;

import org.axonframework.serialization.Revision;

/** An admin closed the request with a resolution (what was done), shown to the requester. */
@Revision("1")
public record SupportRequestClosed(String requestId, String accountId, String workspaceId, String closedBy,
                                   String resolution) {
}
