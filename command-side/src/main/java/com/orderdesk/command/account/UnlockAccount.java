package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift a lockout: by an owner of the account's workspace, or by the admin ({@code workspaceId} null). */
public record UnlockAccount(@TargetAggregateIdentifier String accountId, String workspaceId, String unlockedBy) {
}
