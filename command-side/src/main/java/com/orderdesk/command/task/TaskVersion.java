package com.orderdesk.command.task;

/** Answer to a task command: the task and its new aggregate version (also sent as the {@code ETag}). */
public record TaskVersion(String taskId, long version) {
}
