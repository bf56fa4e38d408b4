package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** A member was assigned to the task (and now watches it). */
@Revision("1")
public record TaskAssigned(String taskId, String workspaceId, String assigneeId) {
}
