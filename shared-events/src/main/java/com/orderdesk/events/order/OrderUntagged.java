package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** A tag was taken off the order. */
@Revision("1")
public record OrderUntagged(String orderId, String workspaceId, String tag) {
}
