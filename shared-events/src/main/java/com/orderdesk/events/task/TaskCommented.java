package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A member commented; {@code mentionedIds} are the workspace members named with @username in the text. */
@Revision("1")
public record TaskCommented(String taskId, String workspaceId, String commentId, String authorId, String text,
                            List<String> mentionedIds) {

    public TaskCommented {
        mentionedIds = mentionedIds == null ? List.of() : List.copyOf(mentionedIds);
    }
}
