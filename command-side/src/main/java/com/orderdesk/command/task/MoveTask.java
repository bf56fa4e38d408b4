package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move the task to another column; blocking needs a reason. */
public record MoveTask(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                       TaskStatus status, String reason) {
}
