package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A task was created; the creator and the initial assignees watch it. */
@Revision("1")
public record TaskCreated(String taskId, String workspaceId, String creatorId, String title, String description,
                          String orderId, TaskPriority priority, Instant dueAt, List<String> labels,
                          List<String> assigneeIds) {

    public TaskCreated {
        labels = labels == null ? List.of() : List.copyOf(labels);
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
    }

    /** Who watches the new task: its creator, then its assignees, each once. */
    public List<String> initialWatcherIds() {
        return Stream.concat(Stream.of(creatorId), assigneeIds.stream()).distinct().toList();
    }
}
