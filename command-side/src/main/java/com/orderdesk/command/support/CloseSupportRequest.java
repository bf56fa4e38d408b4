package com.orderdesk.command.support;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin closes an open or answered request, saying what was done. */
public record CloseSupportRequest(@TargetAggregateIdentifier String requestId, Long expectedVersion, Actor actor,
                                  String resolution) {
}
