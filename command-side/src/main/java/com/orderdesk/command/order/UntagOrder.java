package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a tag off an order that has not shipped. */
public record UntagOrder(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                         Actor actor, String tag) {
}
