package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/**
 * A login succeeded. {@code abnormal} flags an IP address or device (user agent) never seen before for this
 * account, for notifications and the audit trail.
 */
@Revision("1")
public record LoginSucceeded(String accountId, String clientIp, String userAgent, boolean newIp, boolean newDevice,
                             boolean abnormal) implements SignInAttempt, ActsAsAccount {
}
