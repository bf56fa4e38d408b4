package com.orderdesk.command.account;

import com.orderdesk.events.account.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an active account: a registering merchant owner, or the platform admin (no workspace). */
public record RegisterAccount(@TargetAggregateIdentifier String accountId, String workspaceId, Role role,
                              String username, String mobile, String displayName) {
}
