package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Create a task, optionally linked to an order of the workspace, with zero or more assignees. */
public record CreateTask(@TargetAggregateIdentifier String taskId, Actor actor, String title, String description,
                         String orderId, TaskPriority priority, Instant dueAt, List<String> labels,
                         List<String> assigneeIds) {
}
