package com.orderdesk.web.caller;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Both apps' bearer-token decoder. A client sends the same token with every request until it expires, so its
 * signature is verified and its claims parsed once (RSA verification and Spring's claim conversion were ~9% of the
 * command side's CPU per command); the {@linkplain TokenClaims#validator validation} — issuer, expiry, and not
 * revoked since it was issued — runs on every request, so a revoked or expired token fails as before. Only tokens
 * whose signature verified are remembered, at most {@value #CAPACITY} of them (all forgotten when full).
 */
public final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 4096;

    private final JwtDecoder signatureOnly;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** {@code decoder} checks signatures; its own validation is replaced by {@code validator}, run per request. */
    public VerifiedTokens(NimbusJwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
        decoder.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        this.signatureOnly = decoder;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            jwt = signatureOnly.decode(token);
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            OAuth2Error first = result.getErrors().iterator().next();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                                             + first.getDescription(), result.getErrors());
        }
        return jwt;
    }

    int remembered() {
        return verified.size();
    }
}
