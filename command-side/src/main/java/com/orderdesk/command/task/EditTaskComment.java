package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rewrite one's own comment. */
public record EditTaskComment(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                              String commentId, String text) {
}
