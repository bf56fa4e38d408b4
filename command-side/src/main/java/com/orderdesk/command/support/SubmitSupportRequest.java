package com.orderdesk.command.support;

import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the platform for something: a privacy right (access, correction, deletion) or a question. */
public record SubmitSupportRequest(@TargetAggregateIdentifier String requestId, Actor actor, SupportRequestKind kind,
                                   String subject, String message) {
}
