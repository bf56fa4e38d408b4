package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tick or untick a checklist item. */
public record TickChecklistItem(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                String itemId, boolean done) {
}
