package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/**
 * An account was created and can log in: a merchant owner who registered (with a new workspace), or the
 * platform admin from configuration ({@code workspaceId} null).
 */
@Revision("1")
public record AccountRegistered(String accountId, String workspaceId, Role role, String username, String mobile,
                                String displayName) {
}
