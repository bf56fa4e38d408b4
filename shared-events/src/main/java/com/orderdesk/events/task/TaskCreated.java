package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A task was created; the creator and the initial assignees watch it. */
@Revision("1")
public record TaskCreated(String taskId, String workspaceId, String creatorId, String title, String description,
                          String orderId, TaskPriority priority, Instant dueAt, List<String> labels,
                          List<String> assigneeIds) {

    public TaskCreated {
        labels = labels == null ? List.of() : List.copyOf(labels);
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
    }
}
