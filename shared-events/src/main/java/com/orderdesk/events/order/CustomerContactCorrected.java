package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

/** The customer's contact details were corrected; the event holds the new values. */
@Revision("1")
public record CustomerContactCorrected(String orderId, String workspaceId, CustomerContact customer) {
}
