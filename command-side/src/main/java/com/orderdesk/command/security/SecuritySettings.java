package com.orderdesk.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Authentication settings of the command side.
 *
 * @param signingKeyFile         RSA key pair (JWK JSON) that signs access tokens; generated on first start
 * @param tokenLifetime          how long an access token is valid
 * @param trustedProxies         addresses whose X-Forwarded-For is believed; empty: the socket address is the client
 * @param loginAttemptsPerMinute login attempts allowed per client IP per minute before answering 429
 * @param invitationLifetime     how long a one-time invitation code can be redeemed
 */
@ConfigurationProperties("orderdesk.security")
public record SecuritySettings(
        Path signingKeyFile,
        @DefaultValue("1h") Duration tokenLifetime,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("20") int loginAttemptsPerMinute,
        @DefaultValue("72h") Duration invitationLifetime) {
}
