package com.orderdesk.command.support;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.IdempotentRequests;
import com.orderdesk.command.web.IfMatch;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

/**
 * Support and privacy requests over HTTP: the requester submits (with an optional {@code Idempotency-Key}), follows
 * up and withdraws under {@code /api/support/requests}; admins answer and close under
 * {@code /api/admin/support/requests}. Every change but the submission needs {@code If-Match}.
 */
@RestController
class SupportCommandController {

    private static final String IF_MATCH = "If-Match";
    private static final String OWN = "/api/support/requests";
    private static final String ADMIN = "/api/admin/support/requests";

    private final CommandGateway commands;
    private final RequestMetadata metadata;
    private final IdempotentRequests idempotentRequests;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    SupportCommandController(CommandGateway commands, RequestMetadata metadata,
                             IdempotentRequests idempotentRequests, TransactionTemplate transactions) {
        this.commands = commands;
        this.metadata = metadata;
        this.idempotentRequests = idempotentRequests;
        this.transactions = transactions;
    }

    @PostMapping(OWN)
    ResponseEntity<String> submit(@AuthenticationPrincipal Jwt token,
                                  @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                  @Valid @RequestBody SupportRequests.Submit body, HttpServletRequest request) {
        Actor actor = Actor.of(token);
        // Keys are the requester's own (not the workspace's): a colleague's key must never replay their request.
        IdempotentRequests.Answer answer = transactions.execute(status -> idempotentRequests.onceIfKeyed(
                "account:" + actor.accountId(), key, json.writeValueAsString(body), () -> {
                    String requestId = UUID.randomUUID().toString();
                    send(new SubmitSupportRequest(requestId, actor, body.kind(), body.subject(), body.message()),
                         request);
                    return new IdempotentRequests.Answer(
                            201, json.writeValueAsString(new SupportRequestVersion(requestId, 0)), false);
                }));
        SupportRequestVersion created = json.readValue(answer.body(), SupportRequestVersion.class);
        return ResponseEntity.status(answer.status()).location(URI.create(OWN + "/" + created.requestId()))
                             .eTag(Long.toString(created.version()))
                             .header("Idempotent-Replayed", Boolean.toString(answer.replayed()))
                             .contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    @PostMapping(OWN + "/{requestId}/messages")
    ResponseEntity<SupportRequestVersion> followUp(@AuthenticationPrincipal Jwt token, @PathVariable String requestId,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody SupportRequests.Message body,
                                                   HttpServletRequest request) {
        return update(requestId, ifMatch, request,
                      v -> new FollowUpSupportRequest(requestId, v, Actor.of(token), body.message()));
    }

    @PostMapping(OWN + "/{requestId}/withdraw")
    ResponseEntity<SupportRequestVersion> withdraw(@AuthenticationPrincipal Jwt token, @PathVariable String requestId,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   HttpServletRequest request) {
        return update(requestId, ifMatch, request, v -> new WithdrawSupportRequest(requestId, v, Actor.of(token)));
    }

    @PostMapping(ADMIN + "/{requestId}/answers")
    ResponseEntity<SupportRequestVersion> answer(@AuthenticationPrincipal Jwt token, @PathVariable String requestId,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody SupportRequests.Answer body,
                                                 HttpServletRequest request) {
        return update(requestId, ifMatch, request,
                      v -> new AnswerSupportRequest(requestId, v, Actor.of(token), body.answer()));
    }

    @PostMapping(ADMIN + "/{requestId}/close")
    ResponseEntity<SupportRequestVersion> close(@AuthenticationPrincipal Jwt token, @PathVariable String requestId,
                                                @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody SupportRequests.Close body,
                                                HttpServletRequest request) {
        return update(requestId, ifMatch, request,
                      v -> new CloseSupportRequest(requestId, v, Actor.of(token), body.resolution()));
    }

    private ResponseEntity<SupportRequestVersion> update(String requestId, String ifMatch, HttpServletRequest request,
                                                         Function<Long, Object> command) {
        long expected = IfMatch.requiredVersion(ifMatch);
        long version = send(command.apply(expected), request);
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new SupportRequestVersion(requestId, version));
    }

    private <R> R send(Object command, HttpServletRequest request) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata.of(request)));
    }
}
