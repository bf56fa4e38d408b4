package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start watching the task. */
public record WatchTask(@TargetAggregateIdentifier String taskId, Actor actor) {
}
