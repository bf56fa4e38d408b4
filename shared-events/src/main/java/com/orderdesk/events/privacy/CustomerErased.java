package com.orderdesk.events.privacy;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The personal data of an order's customer was erased (on request or at the end of its retention period); the order's business facts remain. */
@Revision("1")
public record CustomerErased(String orderId, String workspaceId, Instant erasedAt, String reason) {
}
