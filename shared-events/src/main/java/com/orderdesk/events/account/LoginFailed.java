package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/**
 * A login with a wrong password; {@code consecutiveFailures} counts since the last success, unlock or expired
 * lockout.
 */
@Revision("1")
public record LoginFailed(String accountId, String clientIp, String userAgent, int consecutiveFailures)
        implements SignInAttempt, ActsAsAccount {
}
