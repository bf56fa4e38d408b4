package com.orderdesk.command.support;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin answers an open request; the requester sees the answer. */
public record AnswerSupportRequest(@TargetAggregateIdentifier String requestId, Long expectedVersion, Actor actor,
                                   String answer) {
}
