package com.orderdesk.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write an internal note on the order. */
public record AddInternalNote(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                              String workspaceId, String noteId, String authorId, String text) {
}
