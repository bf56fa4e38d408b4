package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop watching the task. */
public record UnwatchTask(@TargetAggregateIdentifier String taskId, Actor actor) {
}
