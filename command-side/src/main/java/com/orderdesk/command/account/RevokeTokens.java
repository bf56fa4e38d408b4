package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Log out everywhere: every token issued until now stops working. */
public record RevokeTokens(@TargetAggregateIdentifier String accountId, Instant at, String reason) {
}
