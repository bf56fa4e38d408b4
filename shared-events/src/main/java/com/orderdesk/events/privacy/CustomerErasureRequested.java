package com.orderdesk.events.privacy;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An owner asked for the personal data of an order's customer to be erased; it will be after {@code dueAt}. */
@Revision("1")
public record CustomerErasureRequested(String orderId, String workspaceId, String requestedBy, Instant dueAt) {
}
