package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** A login named no existing account. A security event only: no account is created. */
@Revision("1")
public record UnknownAccountLoginAttempted(String attemptedIdentifier, String clientIp, String userAgent) {
}
