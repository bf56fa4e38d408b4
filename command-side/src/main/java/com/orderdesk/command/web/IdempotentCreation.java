package com.orderdesk.command.web;

import com.orderdesk.command.caller.IdempotencyKey;
import com.orderdesk.web.caller.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way to create something idempotently: with an {@code Idempotency-Key}, the first request's answer is kept
 * in the same transaction as the creation, and a retry (same key, same body) answers it again, marked
 * {@code Idempotent-Replayed: true}, without creating twice.
 */
@Component
public class IdempotentCreation {

    private final IdempotentRequests requests;
    private final Commands commands;
    private final JsonMapper json = JsonMapper.builder().build();

    IdempotentCreation(IdempotentRequests requests, Commands commands) {
        this.requests = requests;
        this.commands = commands;
    }

    /**
     * Runs {@code create} once per key of the caller and answers 201 with the created thing's location, its version
     * as {@code ETag}, and the answer.
     */
    public <T extends Versioned> ResponseEntity<T> create(Actor caller, IdempotencyKey key, Object request,
                                                          Class<T> answerType, Supplier<T> create,
                                                          Function<T, String> location) {
        if (!key.present()) {
            return answer(HttpStatus.CREATED.value(), commands.inTransaction(create), false, location);
        }
        IdempotentRequests.Answer answer = commands.inTransaction(() -> requests.once(
                caller, key.value(), json.writeValueAsString(request),
                () -> new IdempotentRequests.Answer(HttpStatus.CREATED.value(),
                                                    json.writeValueAsString(create.get()), false)));
        return answer(answer.status(), json.readValue(answer.body(), answerType), answer.replayed(), location);
    }

    private static <T> ResponseEntity<T> answer(int status, T created, boolean replayed, Function<T, String> location) {
        return ResponseEntity.status(status).location(URI.create(location.apply(created)))
                             .header("Idempotent-Replayed", Boolean.toString(replayed))
                             .body(created);
    }
}
