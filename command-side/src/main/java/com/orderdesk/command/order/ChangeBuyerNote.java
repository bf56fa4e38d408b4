package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct the buyer's note of an order that has not shipped. */
public record ChangeBuyerNote(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                              Actor actor, String buyerNote) {
}
