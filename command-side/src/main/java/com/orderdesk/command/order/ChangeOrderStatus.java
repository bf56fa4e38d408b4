package com.orderdesk.command.order;

import com.orderdesk.events.order.AfterSalesKind;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move the order to another status; the state machine decides whether it may, and what it needs. */
public record ChangeOrderStatus(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                                Actor actor, OrderStatus status, String reason, Shipment shipment,
                                AfterSalesKind afterSalesKind) {
}
