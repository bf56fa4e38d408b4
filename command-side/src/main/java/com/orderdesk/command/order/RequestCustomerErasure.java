package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An owner asks for the personal data of the order's customer to be erased once {@code dueAt} has come. */
public record RequestCustomerErasure(@TargetAggregateIdentifier String orderId, Actor actor, Instant dueAt) {
}
