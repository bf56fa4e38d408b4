package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** A member was taken off the task. */
@Revision("1")
public record TaskUnassigned(String taskId, String workspaceId, String assigneeId) {
}
