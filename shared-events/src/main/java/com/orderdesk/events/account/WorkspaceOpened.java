package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** A merchant's workspace was opened by its registering owner. */
@Revision("1")
public record WorkspaceOpened(String workspaceId, String name, String ownerAccountId) {
}
