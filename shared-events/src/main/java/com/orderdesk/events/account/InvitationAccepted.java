package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** The invited member chose a password and the account became active. */
@Revision("1")
public record InvitationAccepted(String accountId, String workspaceId) {
}
