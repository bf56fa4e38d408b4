package com.orderdesk.command.support;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester withdraws their request before it is closed. */
public record WithdrawSupportRequest(@TargetAggregateIdentifier String requestId, Long expectedVersion, Actor actor) {
}
