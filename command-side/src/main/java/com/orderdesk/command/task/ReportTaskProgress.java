package com.orderdesk.command.task;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Report progress in percent. */
public record ReportTaskProgress(@TargetAggregateIdentifier String taskId, Long expectedVersion, Actor actor,
                                 int percent) {
}
