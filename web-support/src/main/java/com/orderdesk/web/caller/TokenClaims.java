package com.orderdesk.web.caller;

import com.orderdesk.events.account.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The access token's claims that name the caller: written by the command side's token issuer, read by both apps
 * as an {@link Actor}.
 */
public final class TokenClaims {

    public static final String WORKSPACE = "ws";
    public static final String ROLES = "roles";

    private TokenClaims() {
    }

    public static Actor actor(Jwt token) {
        return new Actor(token.getSubject(), token.getClaimAsString(WORKSPACE),
                         Role.valueOf(token.getClaimAsStringList(ROLES).get(0)));
    }
}
