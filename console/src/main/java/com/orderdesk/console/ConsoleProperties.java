package com.orderdesk.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * Where the edge sends {@code /api/**}: each URL may be one instance or a load balancer in front of several.
 *
 * @param commandSideUrl base URL of the command side
 * @param querySideUrl   base URL of the query side
 * @param connectTimeout how long to wait for an upstream connection before answering 504
 * @param responseTimeout how long to wait for an upstream answer's headers (not for event streams)
 */
@ConfigurationProperties("orderdesk.console")
public record ConsoleProperties(URI commandSideUrl, URI querySideUrl, Duration connectTimeout,
                                Duration responseTimeout) {
}
