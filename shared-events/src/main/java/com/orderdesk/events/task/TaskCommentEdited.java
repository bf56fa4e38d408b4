package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The author rewrote their comment; {@code mentionedIds} are all members the new text mentions. */
@Revision("1")
public record TaskCommentEdited(String taskId, String workspaceId, String commentId, String text,
                                List<String> mentionedIds) {

    public TaskCommentEdited {
        mentionedIds = mentionedIds == null ? List.of() : List.copyOf(mentionedIds);
    }
}
