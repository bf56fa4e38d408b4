package com.orderdesk.command.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Lockout after repeated failures.
 *
 * @param maxConsecutiveFailures failed logins in a row that lock the account
 * @param lockDuration           how long a lockout lasts unless an owner or admin lifts it
 */
@ConfigurationProperties("orderdesk.login")
public record LoginPolicy(@DefaultValue("5") int maxConsecutiveFailures,
                          @DefaultValue("15m") Duration lockDuration) {
}
