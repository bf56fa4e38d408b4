package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Carries out a due erasure. */
public record EraseAccount(@TargetAggregateIdentifier String accountId, Instant at) {
}
