package com.orderdesk.query.account;

import java.time.Instant;

/** An account as shown to itself and, within a workspace, to its owner and auditors. */
public record AccountView(String accountId, String workspaceId, String role, String status, String username,
                          String mobile, String displayName, Instant registeredAt, Instant lockedUntil,
                          Instant lastLoginAt) {
}
