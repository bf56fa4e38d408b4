package com.orderdesk.command.task;

import com.orderdesk.command.caller.Actor;
import com.orderdesk.events.task.TaskPriority;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the priority. */
public record ChangeTaskPriority(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                 TaskPriority priority) {
}
