package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assign a member of the workspace. */
public record AssignTask(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                         String assigneeId) {
}
