package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** The account holder closed their account; it can no longer log in. */
@Revision("1")
public record AccountDeactivated(String accountId) {
}
