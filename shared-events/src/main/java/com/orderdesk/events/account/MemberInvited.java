package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An owner invited a collaborator or auditor; the account can log in once the invitation is accepted. */
@Revision("1")
public record MemberInvited(String accountId, String workspaceId, Role role, String username, String mobile,
                            String displayName, String invitedBy, Instant expiresAt) {
}
