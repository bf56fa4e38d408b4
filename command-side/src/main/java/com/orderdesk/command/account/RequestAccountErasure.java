package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The account holder, or an admin on their request, asks for erasure once {@code dueAt} has come. */
public record RequestAccountErasure(@TargetAggregateIdentifier String accountId, String requestedBy, Instant dueAt) {
}
