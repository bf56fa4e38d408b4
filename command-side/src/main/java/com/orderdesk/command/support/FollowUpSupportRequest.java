package com.orderdesk.command.support;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester adds a message to their open or answered request, which opens it again. */
public record FollowUpSupportRequest(@TargetAggregateIdentifier String requestId, Long expectedVersion, Actor actor,
                                     String message) {
}
