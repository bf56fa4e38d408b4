package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An owner of {@code workspaceId} removes a member. */
public record RemoveMember(@TargetAggregateIdentifier String accountId, String workspaceId, Instant at) {
}
