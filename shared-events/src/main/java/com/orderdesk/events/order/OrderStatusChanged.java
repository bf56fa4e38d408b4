package com.orderdesk.events.order;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.CUSTOMER;

/**
 * The order moved from one status to another; the actor is in the event's metadata. {@code shipment} is set
 * when it shipped, {@code afterSalesKind} when an after-sales case was opened.
 */
@Revision("1")
public record OrderStatusChanged(
        String orderId,
        String workspaceId,
        OrderStatus from,
        OrderStatus to,
        String reason,
        // A tracking number leads to the recipient's name and address at the carrier.
        @PersonalData(subject = CUSTOMER, idFrom = "orderId") Shipment shipment,
        AfterSalesKind afterSalesKind) {
}
