package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** A file was attached to the order; its bytes are stored outside the event store, found by id and SHA-256. */
@Revision("1")
public record AttachmentAdded(String orderId, String workspaceId, String attachmentId, String fileName,
                              String contentType, long size, String sha256) {
}
