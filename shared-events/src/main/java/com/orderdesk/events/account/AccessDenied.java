package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** An authenticated caller was refused an operation its role does not allow (a security event). */
@Revision("1")
public record AccessDenied(String accountId, String workspaceId, String method, String path) implements ActsAsAccount {
}
