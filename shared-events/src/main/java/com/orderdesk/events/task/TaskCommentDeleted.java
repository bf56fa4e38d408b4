package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

/** The author deleted their comment. */
@Revision("1")
public record TaskCommentDeleted(String taskId, String workspaceId, String commentId) {
}
