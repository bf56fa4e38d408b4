package com.orderdesk.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a tag on an order that has not shipped. */
public record TagOrder(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                       String workspaceId, String tag) {
}
