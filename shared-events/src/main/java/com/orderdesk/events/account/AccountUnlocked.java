package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** An owner or admin lifted a lockout (also recorded when the lockout had already run out). */
@Revision("1")
public record AccountUnlocked(String accountId, String unlockedBy) {
}
