package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a checklist item. */
public record RemoveChecklistItem(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                  String itemId) {
}
