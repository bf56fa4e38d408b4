package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Every access token of the account issued before {@code notBefore} stops working. */
@Revision("1")
public record TokensRevoked(String accountId, Instant notBefore, String reason) {
}
