package com.orderdesk.web.caller;

import com.orderdesk.events.account.Role;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an access token says and how both apps check it: written by the command side's token issuer, verified by
 * each app's decoder with {@link #validator}, read as an {@link Actor}.
 */
public final class TokenClaims {

    public static final String ISSUER = "orderdesk";
    public static final String WORKSPACE = "ws";
    public static final String ROLES = "roles";
    /** Issue time in milliseconds: {@code iat} has whole seconds, too coarse to compare with a revocation. */
    public static final String ISSUED_AT_MILLIS = "iat_ms";
    /**
     * How far past its expiry (or before its not-before) a token is still accepted: the issuer and both apps run on
     * clocks that agree within this (one machine, or hosts kept in step by NTP). Spring's default is a minute.
     */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private TokenClaims() {
    }

    public static Actor actor(Jwt token) {
        return new Actor(token.getSubject(), token.getClaimAsString(WORKSPACE),
                         Role.valueOf(token.getClaimAsStringList(ROLES).get(0)));
    }

    /**
     * Our issuer, expiry and not-before within {@link #CLOCK_SKEW}, and not revoked: a token issued before the account's tokens-not-before
     * instant (a logout, a removal) is refused. {@code tokensNotBefore} looks that instant up by account id.
     */
    public static OAuth2TokenValidator<Jwt> validator(Function<String, Optional<Instant>> tokensNotBefore) {
        OAuth2Error revoked = new OAuth2Error("invalid_token", "The token was revoked", null);
        OAuth2TokenValidator<Jwt> notRevoked = token -> {
            Object issuedAtMillis = token.getClaims().get(ISSUED_AT_MILLIS);
            boolean isRevoked = !(issuedAtMillis instanceof Number millis)
                                || tokensNotBefore.apply(token.getSubject())
                                                  .map(notBefore -> millis.longValue() < notBefore.toEpochMilli())
                                                  .orElse(false);
            return isRevoked ? OAuth2TokenValidatorResult.failure(revoked) : OAuth2TokenValidatorResult.success();
        };
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(ISSUER),
                                                          new JwtTimestampValidator(CLOCK_SKEW)),
                notRevoked);
    }

    /** The token's roles as Spring Security authorities ({@code ROLE_OWNER} …), for the permission rules. */
    public static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
