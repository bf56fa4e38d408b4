package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archive the task. */
public record ArchiveTask(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor) {
}
