package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The caller follows the order: its status changes reach their inbox. */
public record FollowOrder(@TargetAggregateIdentifier String orderId, Actor actor) {
}
