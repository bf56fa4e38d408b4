package com.orderdesk.events.privacy;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The account's personal data was erased: its key is destroyed, so every field sealed with it reads as erased, and the account can no longer log in. */
@Revision("1")
public record AccountErased(String accountId, String workspaceId, Instant erasedAt) {
}
