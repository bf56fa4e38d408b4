package com.orderdesk.events.privacy;

import org.axonframework.serialization.Revision;

/** A pending erasure of the account was cancelled before it was due. */
@Revision("1")
public record AccountErasureCancelled(String accountId, String workspaceId, String cancelledBy) {
}
