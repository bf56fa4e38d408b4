package com.orderdesk.web.caller;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final RSAKey key = generate();
    private final AtomicReference<Instant> notBefore = new AtomicReference<>();
    private final VerifiedTokens tokens = new VerifiedTokens(decoder(key),
                                                             TokenClaims.validator(id -> Optional.ofNullable(notBefore.get())));

    @Test
    void aTokenRevokedAfterItsFirstUseIsRefusedAlthoughItsSignatureWasVerifiedBefore() {
        Instant issued = Instant.now().minusSeconds(5);
        String token = sign(key, issued, issued.plus(Duration.ofHours(1)));
        assertThat(tokens.decode(token).getSubject()).isEqualTo("account-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("account-1");

        notBefore.set(issued.plusSeconds(1)); // a logout: tokens issued before now no longer count
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                                                      .hasMessageContaining("revoked");
    }

    @Test
    void anExpiredTokenIsRefusedEvenWhenItWasVerifiedWhileValid() {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        String expired = sign(key, issued, issued.plus(Duration.ofMinutes(30)));
        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtValidationException.class)
                                                        .hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedEveryTime() {
        Instant issued = Instant.now();
        String forged = sign(generate(), issued, issued.plusSeconds(600));
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTamperedCopyOfAVerifiedTokenIsRefused() {
        Instant issued = Instant.now();
        String token = sign(key, issued, issued.plusSeconds(600));
        tokens.decode(token);
        String[] parts = token.split("\\.");
        String other = sign(key, issued, issued.plusSeconds(600), "account-2");
        String tampered = parts[0] + "." + other.split("\\.")[1] + "." + parts[2]; // account-2's claims, 1's signature
        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void rememberedTokensAreBounded() {
        Instant issued = Instant.now();
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.decode(sign(key, issued.plusMillis(i), issued.plusSeconds(600)));
        }
        assertThat(tokens.remembered()).isBetween(1, VerifiedTokens.CAPACITY);
    }

    private static String sign(RSAKey key, Instant issued, Instant expires) {
        return sign(key, issued, expires, "account-1");
    }

    private static String sign(RSAKey key, Instant issued, Instant expires, String subject) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenClaims.ISSUER).subject(subject).issuedAt(issued)
                                          .expiresAt(expires).claim(TokenClaims.ISSUED_AT_MILLIS, issued.toEpochMilli())
                                          .claim(TokenClaims.WORKSPACE, "ws-1").claim(TokenClaims.ROLES, List.of("OWNER"))
                                          .build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static NimbusJwtDecoder decoder(RSAKey key) {
        try {
            return NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
