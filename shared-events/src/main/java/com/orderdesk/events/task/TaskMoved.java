package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** The task moved to another column; {@code reason} is set when it was blocked. */
@Revision("1")
public record TaskMoved(String taskId, String workspaceId, TaskStatus from, TaskStatus to, String reason) {
}
