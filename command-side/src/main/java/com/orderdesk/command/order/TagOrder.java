package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a tag on an order that has not shipped. */
public record TagOrder(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                       Actor actor, String tag) {
}
