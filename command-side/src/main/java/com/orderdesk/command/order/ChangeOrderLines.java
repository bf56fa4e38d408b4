package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replace the line items of an order that has not shipped. */
public record ChangeOrderLines(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                               Actor actor, List<RecordOrder.Line> lines) {
}
