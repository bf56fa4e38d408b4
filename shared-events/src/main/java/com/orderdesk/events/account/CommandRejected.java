package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/**
 * A signed-in caller's change was refused by validation or a business rule (400, 409, 412, 422, 428). Commands
 * that fail emit no domain event, so the command side records the refusal itself, for the audit trail; it keeps
 * the problem's type and title only, never the rejected input.
 */
@Revision("1")
public record CommandRejected(String accountId, String workspaceId, String method, String path, int status,
                              String problemType, String title) implements ActsAsAccount {
}
