package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** A checklist item was removed. */
@Revision("1")
public record ChecklistItemRemoved(String taskId, String workspaceId, String itemId) {
}
