package com.orderdesk.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove an attachment from the order. */
public record RemoveAttachment(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                               String workspaceId, String attachmentId) {
}
