package com.orderdesk.command.web;

import com.orderdesk.command.caller.RequestMetadata;
import com.orderdesk.events.account.CommandRejected;
import com.orderdesk.web.caller.Actor;
import com.orderdesk.web.caller.TokenClaims;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Set;

/**
 * Records every refused change of a signed-in caller as a {@link CommandRejected} event, whichever handler wrote
 * the problem: it sees each problem-details body on its way out. Only changes (not reads), only refusals
 * (validation and state errors; 401/403 are recorded as access denials, 404 answers reveal nothing worth auditing).
 */
@ControllerAdvice
class CommandRejections implements ResponseBodyAdvice<Object> {

    private static final Set<Integer> REJECTIONS = Set.of(400, 409, 412, 422, 428);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final Logger log = LoggerFactory.getLogger(CommandRejections.class);

    private final EventGateway events;
    private final RequestMetadata metadata;

    CommandRejections(EventGateway events, RequestMetadata metadata) {
        this.events = events;
        this.metadata = metadata;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true; // the body's type is known only when it is written (ResponseEntity<Object> and the like)
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && REJECTIONS.contains(problem.getStatus())
            && request instanceof ServletServerHttpRequest servlet
            && CHANGES.contains(servlet.getServletRequest().getMethod())
            && servlet.getServletRequest().getUserPrincipal() instanceof JwtAuthenticationToken token) {
            Actor actor = TokenClaims.actor(token.getToken());
            try {
                events.publish(GenericEventMessage.asEventMessage(new CommandRejected(
                    actor.accountId(), actor.workspaceId(), servlet.getServletRequest().getMethod(),
                    servlet.getServletRequest().getRequestURI(), problem.getStatus(),
                    problem.getType() == null ? null : problem.getType().toString(), problem.getTitle()))
                                                     .andMetaData(metadata.of(servlet.getServletRequest())));
            } catch (RuntimeException e) {
                // The caller still gets their problem answer; the missing audit record is logged, without input.
                log.error("Could not record a rejected {} {} for the audit trail", servlet.getServletRequest()
                        .getMethod(), problem.getType(), e);
            }
        }
        return body;
    }
}
