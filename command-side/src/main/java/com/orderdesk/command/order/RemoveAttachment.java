package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove an attachment from the order. */
public record RemoveAttachment(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                               Actor actor, String attachmentId) {
}
