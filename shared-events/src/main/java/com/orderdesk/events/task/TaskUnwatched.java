package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** A member stopped watching the task. */
@Revision("1")
public record TaskUnwatched(String taskId, String workspaceId, String watcherId) {
}
