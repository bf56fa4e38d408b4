package com.orderdesk.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The caller stops following the order. */
public record UnfollowOrder(@TargetAggregateIdentifier String orderId, String workspaceId, String followerId) {
}
