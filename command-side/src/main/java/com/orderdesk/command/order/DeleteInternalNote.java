package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete one's own internal note. */
public record DeleteInternalNote(@TargetAggregateIdentifier String orderId,
                                 Long expectedVersion, Actor actor, String noteId) {
}
