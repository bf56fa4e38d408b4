package com.orderdesk.query.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwkSetUri where the command side publishes the public key that verifies access tokens
 */
@ConfigurationProperties("orderdesk.security")
public record QuerySecuritySettings(String jwkSetUri) {
}
