package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** An attachment was removed from the order. */
@Revision("1")
public record AttachmentRemoved(String orderId, String workspaceId, String attachmentId) {
}
