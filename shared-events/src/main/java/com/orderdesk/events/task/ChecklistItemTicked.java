package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** A checklist item was ticked ({@code done} true) or unticked. */
@Revision("1")
public record ChecklistItemTicked(String taskId, String workspaceId, String itemId, boolean done) {
}
