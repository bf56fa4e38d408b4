package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The invitee activates their account (the code and new password are checked by the caller). */
public record AcceptInvitation(@TargetAggregateIdentifier String accountId, Instant at) {
}
