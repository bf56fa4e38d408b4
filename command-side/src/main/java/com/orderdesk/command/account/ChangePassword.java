package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Record that the account holder changed their password (verified and stored by the caller). */
public record ChangePassword(@TargetAggregateIdentifier String accountId, Instant at) {
}
