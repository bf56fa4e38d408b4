package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add an item to the checklist. */
public record AddChecklistItem(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                               String itemId, String text) {
}
