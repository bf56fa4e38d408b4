package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Too many consecutive failed logins: the account is locked until the given time or an unlock. */
@Revision("1")
public record AccountLocked(String accountId, Instant lockedUntil, int consecutiveFailures) {
}
