package com.orderdesk.command.task;

import com.orderdesk.command.caller.Actor;
import com.orderdesk.events.task.TaskStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move the task to another column; blocking needs a reason. */
public record MoveTask(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                       TaskStatus status, String reason) {
}
