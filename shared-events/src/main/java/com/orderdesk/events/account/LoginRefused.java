package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** A login was refused whatever the password, because the account is locked, invited, removed or closed. */
@Revision("1")
public record LoginRefused(String accountId, String clientIp, String userAgent, String reason)
        implements SignInAttempt, ActsAsAccount {
}
