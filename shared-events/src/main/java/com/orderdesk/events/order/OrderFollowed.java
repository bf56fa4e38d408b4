package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** A member asked to hear about this order's status changes. */
@Revision("1")
public record OrderFollowed(String orderId, String workspaceId, String followerId) {
}
