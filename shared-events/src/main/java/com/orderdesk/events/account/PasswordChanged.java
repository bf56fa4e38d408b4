package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** The account's password was changed. The hash is kept outside the event store and never published. */
@Revision("1")
public record PasswordChanged(String accountId) {
}
