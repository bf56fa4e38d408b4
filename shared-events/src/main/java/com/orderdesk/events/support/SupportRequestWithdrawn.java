package com.orderdesk.events.support;

import org.axonframework.serialization.Revision;

/** The requester withdrew the request before it was closed; nothing more is done with it. */
@Revision("1")
public record SupportRequestWithdrawn(String requestId, String accountId, String workspaceId) {
}
