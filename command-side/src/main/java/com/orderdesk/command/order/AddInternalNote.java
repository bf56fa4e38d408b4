package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write an internal note on the order. */
public record AddInternalNote(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                              Actor actor, String noteId, String text) {
}
