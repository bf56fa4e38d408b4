package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** An owner removed a member from the workspace; the account can no longer log in. */
@Revision("1")
public record MemberRemoved(String accountId, String workspaceId) {
}
