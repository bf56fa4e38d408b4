package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct the display name and mobile number of one's own account. */
public record RectifyProfile(@TargetAggregateIdentifier String accountId, String displayName, String mobile) {
}
