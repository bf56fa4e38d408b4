package com.orderdesk.web.caller;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A token's validity at the edges: its expiry with the explicit clock skew, its issuer, its revocation. */
class TokenClaimsTest {

    private final OAuth2TokenValidator<Jwt> validator = TokenClaims.validator(account -> Optional.empty());

    @Test
    void anExpiredTokenIsRefusedOnceTheSkewHasPassed() {
        Instant now = Instant.now();

        assertThat(valid(token(now.plus(Duration.ofMinutes(15)), "orderdesk"))).isTrue();
        assertThat(valid(token(now.minusSeconds(2), "orderdesk"))).as("within the 5 s skew").isTrue();
        assertThat(valid(token(now.minus(TokenClaims.CLOCK_SKEW).minusSeconds(2), "orderdesk")))
                .as("just past the skew").isFalse();
        assertThat(valid(token(now.minusSeconds(30), "orderdesk")))
                .as("Spring's default skew of a minute would accept it").isFalse();
    }

    @Test
    void anotherIssuerOrARevokedTokenIsRefused() {
        Instant expiry = Instant.now().plus(Duration.ofMinutes(15));
        Jwt token = token(expiry, "orderdesk");

        assertThat(valid(token(expiry, "someone-else"))).isFalse();
        assertThat(TokenClaims.validator(account -> Optional.of(Instant.now().plusSeconds(1))).validate(token)
                              .hasErrors()).as("issued before the account's tokens-not-before").isTrue();
    }

    private boolean valid(Jwt token) {
        return !validator.validate(token).hasErrors();
    }

    private static Jwt token(Instant expiresAt, String issuer) {
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
        return Jwt.withTokenValue("token").header("alg", "RS256").issuer(issuer).subject("account-1")
                  .issuedAt(issuedAt).expiresAt(expiresAt)
                  .claim(TokenClaims.ISSUED_AT_MILLIS, issuedAt.toEpochMilli())
                  .claim(TokenClaims.WORKSPACE, "workspace-1").claim(TokenClaims.ROLES, List.of("OWNER"))
                  .build();
    }
}
