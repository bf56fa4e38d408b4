package com.orderdesk.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rewrite one's own internal note. */
public record EditInternalNote(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                               String workspaceId, String noteId, String editorId, String text) {
}
