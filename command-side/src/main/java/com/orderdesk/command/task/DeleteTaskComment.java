package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete one's own comment. */
public record DeleteTaskComment(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                String commentId) {
}
