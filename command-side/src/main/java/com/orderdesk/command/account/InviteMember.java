package com.orderdesk.command.account;

import com.orderdesk.events.account.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Create a not-yet-active member account that the invitee activates with the one-time code. */
public record InviteMember(@TargetAggregateIdentifier String accountId, String workspaceId, Role role,
                           String username, String mobile, String displayName, String invitedBy,
                           Instant expiresAt) {
}
