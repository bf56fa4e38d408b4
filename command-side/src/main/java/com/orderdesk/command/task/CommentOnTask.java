package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Comment on the task; @username mentions of members are resolved. */
public record CommentOnTask(@TargetAggregateIdentifier String taskId, Actor actor, String commentId, String text) {
}
