package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Set or clear the due date. */
public record ChangeTaskDueDate(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                Instant dueAt) {
}
