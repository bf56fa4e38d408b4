package com.orderdesk.events.privacy;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The account holder (or an admin on their request) asked for the account's personal data to be erased; it will be after {@code dueAt} unless cancelled. */
@Revision("1")
public record AccountErasureRequested(String accountId, String workspaceId, String requestedBy, Instant dueAt) {
}
