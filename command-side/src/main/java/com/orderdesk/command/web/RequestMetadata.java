package com.orderdesk.command.web;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.security.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sent a command and from where: attached to every command and copied onto every event it causes, so the
 * audit trail is a projection of the events themselves.
 */
@Component
public class RequestMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String WORKSPACE_ID = "workspaceId";
    public static final String CLIENT_IP = "clientIp";
    public static final String USER_AGENT = "userAgent";
    public static final String REQUEST_ID = "requestId";

    /** Keys copied from a command to the events it causes (alongside Axon's correlation and causation ids). */
    public static final List<String> PROPAGATED_KEYS =
            List.of(ACTOR_ID, ACTOR_ROLE, WORKSPACE_ID, CLIENT_IP, USER_AGENT, REQUEST_ID);

    private static final int MAX_USER_AGENT_LENGTH = 512;

    private final ClientAddress clientAddress;

    RequestMetadata(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    /**
     * For sign-in, registration and invitation acceptance: who the request is about comes from the request
     * itself, never from a token the caller may also send (which would file the attempt under their workspace).
     */
    public MetaData anonymous(HttpServletRequest request) {
        return MetaData.from(origin(request));
    }

    public MetaData of(HttpServletRequest request) {
        Map<String, Object> values = origin(request);
        if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
            Actor actor = Actor.of(token.getToken());
            values.put(ACTOR_ID, actor.accountId());
            values.put(ACTOR_ROLE, actor.role().name());
            if (actor.workspaceId() != null) {
                values.put(WORKSPACE_ID, actor.workspaceId());
            }
        }
        return MetaData.from(values);
    }

    private Map<String, Object> origin(HttpServletRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put(CLIENT_IP, clientAddress.of(request));
        values.put(REQUEST_ID, RequestIdFilter.requestId(request));
        String userAgent = userAgent(request);
        if (userAgent != null) {
            values.put(USER_AGENT, userAgent);
        }
        return values;
    }

    public String clientIp(HttpServletRequest request) {
        return clientAddress.of(request);
    }

    public static String userAgent(HttpServletRequest request) {
        String userAgent = request.getHeader("User-Agent");
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT_LENGTH
                ? userAgent : userAgent.substring(0, MAX_USER_AGENT_LENGTH);
    }
}
