package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record a login attempt and decide its outcome. The password was checked by the caller (slow hashing stays
 * outside the aggregate); the aggregate decides lockout, refusal and abnormal-login flags.
 */
public record AttemptLogin(@TargetAggregateIdentifier String accountId, boolean passwordMatched, String clientIp,
                           String userAgent, Instant at) {
}
