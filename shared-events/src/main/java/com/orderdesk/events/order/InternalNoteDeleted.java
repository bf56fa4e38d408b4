package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** The author deleted their internal note. */
@Revision("1")
public record InternalNoteDeleted(String orderId, String workspaceId, String noteId) {
}
