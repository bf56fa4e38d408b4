package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** The title or description changed; the event holds the new values. */
@Revision("1")
public record TaskDetailsChanged(String taskId, String workspaceId, String title, String description) {
}
