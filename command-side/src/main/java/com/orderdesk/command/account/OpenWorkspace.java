package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a merchant's workspace for its registering owner. */
public record OpenWorkspace(@TargetAggregateIdentifier String workspaceId, String name, String ownerAccountId) {
}
