package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an assignee off the task. */
public record UnassignTask(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                           String assigneeId) {
}
