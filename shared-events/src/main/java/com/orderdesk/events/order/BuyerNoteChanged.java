package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** The buyer's note (as given on the channel) was corrected. */
@Revision("1")
public record BuyerNoteChanged(String orderId, String workspaceId, String buyerNote) {
}
