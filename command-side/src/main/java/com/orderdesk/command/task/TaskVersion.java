package com.orderdesk.command.task;

import com.orderdesk.command.web.Versioned;

/** Answer to a task command: the task and its new aggregate version (also sent as the {@code ETag}). */
public record TaskVersion(String taskId, long version) implements Versioned {
}
