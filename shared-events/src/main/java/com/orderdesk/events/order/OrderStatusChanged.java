package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/**
 * The order moved from one status to another; the actor is in the event's metadata. {@code shipment} is set
 * when it shipped, {@code afterSalesKind} when an after-sales case was opened.
 */
@Revision("1")
public record OrderStatusChanged(String orderId, String workspaceId, OrderStatus from, OrderStatus to, String reason,
                                 Shipment shipment, AfterSalesKind afterSalesKind) {
}
