package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** A member no longer wants to hear about this order's status changes. */
@Revision("1")
public record OrderUnfollowed(String orderId, String workspaceId, String followerId) {
}
