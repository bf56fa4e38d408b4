package com.orderdesk.command.order;

import com.orderdesk.command.caller.Actor;
import com.orderdesk.events.order.CustomerContact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct the buyer's contact details of an order that has not shipped. */
public record CorrectCustomerContact(@TargetAggregateIdentifier String orderId,
                                     Long expectedVersion, Actor actor,
                                     CustomerContact customer) {
}
