package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The caller stops following the order. */
public record UnfollowOrder(@TargetAggregateIdentifier String orderId, Actor actor) {
}
