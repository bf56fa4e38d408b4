package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** An owner changed a member's role. */
@Revision("1")
public record MemberRoleChanged(String accountId, String workspaceId, Role previousRole, Role role) {
}
