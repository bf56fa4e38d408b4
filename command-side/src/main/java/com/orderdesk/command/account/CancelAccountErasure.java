package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelAccountErasure(@TargetAggregateIdentifier String accountId, String cancelledBy) {
}
