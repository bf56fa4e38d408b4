package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** The task was archived: off the board, read-only. */
@Revision("1")
public record TaskArchived(String taskId, String workspaceId) {
}
