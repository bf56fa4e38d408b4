package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** The task's priority changed. */
@Revision("1")
public record TaskPriorityChanged(String taskId, String workspaceId, TaskPriority priority) {
}
