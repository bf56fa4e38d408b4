package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** An owner or admin lifted a lockout before it expired. */
@Revision("1")
public record AccountUnlocked(String accountId, String unlockedBy) {
}
