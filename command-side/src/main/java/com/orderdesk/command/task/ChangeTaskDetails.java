package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the title and description. */
public record ChangeTaskDetails(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                String title, String description) {
}
