package com.orderdesk.command.caller;

import com.orderdesk.events.account.AccessDenied;
import com.orderdesk.web.caller.Actor;
import com.orderdesk.web.caller.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Records a refused operation of an authenticated caller as an {@link AccessDenied} security event. */
@Component
public class AccessDenials {

    private final EventGateway events;
    private final RequestMetadata metadata;

    AccessDenials(EventGateway events, RequestMetadata metadata) {
        this.events = events;
        this.metadata = metadata;
    }

    public void record(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
            Actor actor = TokenClaims.actor(token.getToken());
            events.publish(GenericEventMessage.asEventMessage(
                    new AccessDenied(actor.accountId(), actor.workspaceId(), request.getMethod(),
                                     request.getRequestURI())).andMetaData(metadata.of(request)));
        }
    }
}
