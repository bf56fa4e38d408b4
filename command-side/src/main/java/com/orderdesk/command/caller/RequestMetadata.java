package com.orderdesk.command.caller;

import com.orderdesk.web.caller.Actor;
import com.orderdesk.web.caller.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who sent a message and from where: put on every command by {@link CommandMetadataInterceptor} and copied onto
 * every event it causes, so the audit trail is a projection of the events themselves.
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
    private static final String CURRENT = RequestMetadata.class.getName() + ".current";

    private final ClientAddress clientAddress;

    RequestMetadata(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    /**
     * The metadata of the HTTP request this thread is serving, if it serves one (not a scheduled job); read once per
     * request, so an import's thousands of commands do not each resolve the client address and the token again.
     */
    public Optional<MetaData> current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getAttribute(CURRENT) instanceof MetaData known) {
            return Optional.of(known);
        }
        MetaData metadata = of(request);
        request.setAttribute(CURRENT, metadata);
        return Optional.of(metadata);
    }

    /**
     * The caller (when the request was authenticated) and where it came from. Sign-in, registration and invitation
     * acceptance are never authenticated, even when a token is sent along (see the security configuration), so
     * who they are about comes from the request itself, never from someone else's token.
     */
    public MetaData of(HttpServletRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put(CLIENT_IP, clientAddress.of(request));
        values.put(REQUEST_ID, RequestIdFilter.requestId(request));
        String userAgent = userAgent(request);
        if (userAgent != null) {
            values.put(USER_AGENT, userAgent);
        }
        if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
            Actor actor = TokenClaims.actor(token.getToken());
            values.put(ACTOR_ID, actor.accountId());
            values.put(ACTOR_ROLE, actor.role().name());
            if (actor.workspaceId() != null) {
                values.put(WORKSPACE_ID, actor.workspaceId());
            }
        }
        return MetaData.from(values);
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
