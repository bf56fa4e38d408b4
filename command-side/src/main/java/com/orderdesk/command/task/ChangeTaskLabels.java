package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replace the labels. */
public record ChangeTaskLabels(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                               List<String> labels) {
}
