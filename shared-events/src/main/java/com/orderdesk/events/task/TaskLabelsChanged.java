package com.orderdesk.events.task;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The task's labels were replaced. */
@Revision("1")
public record TaskLabelsChanged(String taskId, String workspaceId, List<String> labels) {

    public TaskLabelsChanged {
        labels = List.copyOf(labels);
    }
}
