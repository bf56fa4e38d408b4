package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** An item was added to the task's checklist. */
@Revision("1")
public record ChecklistItemAdded(String taskId, String workspaceId, String itemId, String text) {
}
