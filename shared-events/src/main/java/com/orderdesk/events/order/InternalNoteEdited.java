package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** The author rewrote their internal note. */
@Revision("1")
public record InternalNoteEdited(String orderId, String workspaceId, String noteId, String text) {
}
