package com.orderdesk.query.security;

import com.orderdesk.web.caller.Actor;
import com.orderdesk.web.caller.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Records every 403 of an authenticated caller in {@code query_side.access_denied}. */
@Component
class AccessDenialLog {

    private final JdbcClient jdbc;

    AccessDenialLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
            Actor actor = TokenClaims.actor(token.getToken());
            String userAgent = request.getHeader("User-Agent");
            jdbc.sql("""
                     INSERT INTO query_side.access_denied (account_id, workspace_id, method, path, client_ip, user_agent)
                     VALUES (?, ?, ?, ?, ?, ?)""")
                .params(actor.accountId(), actor.workspaceId(), request.getMethod(),
                        truncate(request.getRequestURI(), 512), request.getRemoteAddr(), truncate(userAgent, 512))
                .update();
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
