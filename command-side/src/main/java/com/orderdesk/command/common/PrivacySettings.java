package com.orderdesk.command.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Retention and erasure rules of the privacy policy.
 *
 * @param erasureGracePeriod          time between an erasure request and its execution, to cancel it (0 allowed)
 * @param deviceDataRetention         how long device and log information (client IP, user agent) stays readable
 * @param closedOrderContactRetention how long a customer's contact stays after their order was closed
 * @param jobInterval                 how often due erasures and expired device data are looked for
 */
@ConfigurationProperties("orderdesk.privacy")
public record PrivacySettings(
        @DefaultValue("P7D") Duration erasureGracePeriod,
        @DefaultValue("P180D") Duration deviceDataRetention,
        @DefaultValue("P730D") Duration closedOrderContactRetention,
        @DefaultValue("PT1M") Duration jobInterval) {
}
