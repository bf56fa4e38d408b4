package com.orderdesk.command.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.orderdesk.events.account.Role;
import com.orderdesk.web.caller.TokenClaims;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Issues signed access tokens (RS256 JWT) after a successful login. */
@Component
public class TokenIssuer {


    private final NimbusJwtEncoder encoder;
    private final SigningKeys keys;
    private final SecuritySettings settings;
    private final Clock clock;

    TokenIssuer(SigningKeys keys, SecuritySettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.privateKey())));
    }

    public IssuedToken issue(String accountId, String workspaceId, Role role) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.tokenLifetime());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                                                  .issuer(TokenClaims.ISSUER)
                                                  .subject(accountId)
                                                  .id(UUID.randomUUID().toString())
                                                  .issuedAt(now)
                                                  .expiresAt(expiresAt)
                                                  .claim(TokenClaims.ISSUED_AT_MILLIS, now.toEpochMilli())
                                                  .claim(TokenClaims.ROLES, List.of(role.name()));
        if (workspaceId != null) {
            claims.claim(TokenClaims.WORKSPACE, workspaceId);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.privateKey().getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, "Bearer", settings.tokenLifetime().toSeconds());
    }

    /** An access token as answered by the login endpoint. */
    public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
    }
}
