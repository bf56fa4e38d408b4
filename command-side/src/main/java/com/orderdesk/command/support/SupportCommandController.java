package com.orderdesk.command.support;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.command.caller.IdempotencyKey;
import com.orderdesk.command.web.Commands;
import com.orderdesk.command.web.IdempotentCreation;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Support and privacy requests over HTTP: the requester submits (with an optional {@code Idempotency-Key}), follows
 * up and withdraws under {@code /api/support/requests}; admins answer and close under
 * {@code /api/admin/support/requests}. Every change but the submission needs {@code If-Match}.
 */
@RestController
class SupportCommandController {

    private static final String OWN = "/api/support/requests";
    private static final String ADMIN = "/api/admin/support/requests";

    private final Commands commands;
    private final IdempotentCreation creation;

    SupportCommandController(Commands commands, IdempotentCreation creation) {
        this.commands = commands;
        this.creation = creation;
    }

    /** Submits a support or privacy request (answered within 7 days). */
    @PostMapping(OWN)
    ResponseEntity<SupportRequestVersion> submit(Actor actor, @Valid @RequestBody SupportRequests.Submit body,
                                                 IdempotencyKey key) {
        // Keys are the requester's own (not the workspace's): a colleague's key must never replay their request.
        return creation.create(actor, key, body, SupportRequestVersion.class, () -> {
            String requestId = UUID.randomUUID().toString();
            commands.send(new SubmitSupportRequest(requestId, actor, body.kind(), body.subject(), body.message()));
            return new SupportRequestVersion(requestId, 0);
        }, created -> OWN + "/" + created.requestId());
    }

    /** Adds a message to one's own open request. */
    @PostMapping(OWN + "/{requestId}/messages")
    SupportRequestVersion followUp(Actor actor, @PathVariable String requestId,
                                   @Valid @RequestBody SupportRequests.Message body, ExpectedVersion version) {
        return send(requestId, new FollowUpSupportRequest(requestId, version.value(), actor, body.message()));
    }

    /** Withdraws one's own request. */
    @PostMapping(OWN + "/{requestId}/withdraw")
    SupportRequestVersion withdraw(Actor actor, @PathVariable String requestId, ExpectedVersion version) {
        return send(requestId, new WithdrawSupportRequest(requestId, version.value(), actor));
    }

    /** Answers a request (admin). */
    @PostMapping(ADMIN + "/{requestId}/answers")
    SupportRequestVersion answer(Actor actor, @PathVariable String requestId,
                                 @Valid @RequestBody SupportRequests.Answer body, ExpectedVersion version) {
        return send(requestId, new AnswerSupportRequest(requestId, version.value(), actor, body.answer()));
    }

    /** Closes a request with its resolution (admin). */
    @PostMapping(ADMIN + "/{requestId}/close")
    SupportRequestVersion close(Actor actor, @PathVariable String requestId,
                                @Valid @RequestBody SupportRequests.Close body, ExpectedVersion version) {
        return send(requestId, new CloseSupportRequest(requestId, version.value(), actor, body.resolution()));
    }

    private SupportRequestVersion send(String requestId, Object command) {
        long version = commands.send(command);
        return new SupportRequestVersion(requestId, version);
    }
}
