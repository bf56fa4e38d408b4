package com.orderdesk.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete one's own internal note. */
public record DeleteInternalNote(@TargetAggregateIdentifier String orderId,
                                 Long expectedVersion, String workspaceId, String noteId,
                                 String editorId) {
}
