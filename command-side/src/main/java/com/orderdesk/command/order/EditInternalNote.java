package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rewrite one's own internal note. */
public record EditInternalNote(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                               Actor actor, String noteId, String text) {
}
