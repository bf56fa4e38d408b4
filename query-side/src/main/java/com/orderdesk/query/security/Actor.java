package com.orderdesk.query.security;

import com.orderdesk.events.account.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/** The authenticated caller, from the access token: who, in which workspace (none for the admin), as what. */
public record Actor(String accountId, String workspaceId, Role role) {

    public static Actor of(Jwt token) {
        return new Actor(token.getSubject(), token.getClaimAsString("ws"),
                         Role.valueOf(token.getClaimAsStringList("roles").get(0)));
    }
}
