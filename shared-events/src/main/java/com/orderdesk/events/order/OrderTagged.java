package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** A tag was put on the order. */
@Revision("1")
public record OrderTagged(String orderId, String workspaceId, String tag) {
}
