package com.orderdesk.command.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Erases the customer's personal data now (a due request, or the end of the retention period). */
public record EraseCustomer(@TargetAggregateIdentifier String orderId, String reason, Instant at) {
}
