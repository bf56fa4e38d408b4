package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the priority. */
public record ChangeTaskPriority(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                 TaskPriority priority) {
}
