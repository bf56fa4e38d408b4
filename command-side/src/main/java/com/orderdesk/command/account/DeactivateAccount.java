package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Close one's own account. */
public record DeactivateAccount(@TargetAggregateIdentifier String accountId, Instant at) {
}
