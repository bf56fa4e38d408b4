package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** A member started watching the task. */
@Revision("1")
public record TaskWatched(String taskId, String workspaceId, String watcherId) {
}
