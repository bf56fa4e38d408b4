package com.orderdesk.command.account;

import com.orderdesk.events.account.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An owner of {@code workspaceId} gives a member another role. */
public record ChangeMemberRole(@TargetAggregateIdentifier String accountId, String workspaceId, Role role,
                               Instant at) {
}
