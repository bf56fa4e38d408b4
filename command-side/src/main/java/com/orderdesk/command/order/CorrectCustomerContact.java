package com.orderdesk.command.order;

import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct the buyer's contact details of an order that has not shipped. */
public record CorrectCustomerContact(@TargetAggregateIdentifier String orderId,
                                     Long expectedVersion, Actor actor,
                                     CustomerContact customer) {
}
