package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** A team member wrote an internal note on the order (never shown to the buyer). */
@Revision("1")
public record InternalNoteAdded(String orderId, String workspaceId, String noteId, String authorId, String text) {
}
