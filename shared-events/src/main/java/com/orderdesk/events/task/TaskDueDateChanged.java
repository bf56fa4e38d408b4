package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The task's due date changed (null: no due date any more). */
@Revision("1")
public record TaskDueDateChanged(String taskId, String workspaceId, Instant dueAt) {
}
