package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** The task's progress in percent (0–100). */
@Revision("1")
public record TaskProgressReported(String taskId, String workspaceId, int percent) {
}
