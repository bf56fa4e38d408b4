package com.orderdesk.command.web;

import com.orderdesk.command.common.Sha256;
import com.orderdesk.command.refusal.InvalidInput;
import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.web.caller.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a creating request safe to retry: with the same {@code Idempotency-Key} from the same caller and the same
 * body, the first request's answer is replayed and nothing is created again. Keys belong to the caller (stored as
 * {@code account:<id>} in the {@code workspace_id} column): two members of a workspace who happen to choose the same
 * key neither see each other's answers nor block each other. Keys arrive checked for their form
 * ({@link com.orderdesk.command.caller.IdempotencyKey}).
 */
@Component
public class IdempotentRequests {

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code action} once per key; its answer (status and JSON body) is stored in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Answer once(Actor caller, String key, String requestBody, Supplier<Answer> action) {
        String scope = scopeOf(caller);
        String hash = Sha256.hex(requestBody);
        int claimed = jdbc.sql("""
                               INSERT INTO command_side.idempotent_request (workspace_id, idempotency_key, request_hash)
                               VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                          .params(scope, key, hash).update();
        if (claimed == 0) {
            return stored(scope, key, hash)
                    .orElseThrow(() -> new IllegalStateException("A committed idempotency record has no answer"));
        }
        Answer answer = action.get();
        jdbc.sql("""
                 UPDATE command_side.idempotent_request SET response_status = ?, response_body = ?
                 WHERE workspace_id = ? AND idempotency_key = ?""")
            .params(answer.status(), answer.body(), scope, key).update();
        return answer;
    }

    /**
     * For requests too long for one transaction (imports): the stored answer of an earlier request with this key,
     * if any. Pair with {@link #remember}.
     */
    @Transactional
    public Optional<Answer> previous(Actor caller, String key, String requestBody) {
        return stored(scopeOf(caller), key, Sha256.hex(requestBody));
    }

    /** Keeps the answer for retries with the same key; a concurrent first request's answer wins. */
    @Transactional
    public void remember(Actor caller, String key, String requestBody, Answer answer) {
        jdbc.sql("""
                 INSERT INTO command_side.idempotent_request (workspace_id, idempotency_key, request_hash,
                                                              response_status, response_body)
                 VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(scopeOf(caller), key, Sha256.hex(requestBody), answer.status(), answer.body()).update();
    }

    private static String scopeOf(Actor caller) {
        return "account:" + caller.accountId();
    }

    /** The answer kept for this key, if one was kept; a different request under the same key is refused. */
    private Optional<Answer> stored(String scope, String key, String hash) {
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_body FROM command_side.idempotent_request
                        WHERE workspace_id = ? AND idempotency_key = ? AND response_status IS NOT NULL""")
                   .params(scope, key)
                   .query((rs, n) -> {
                       if (!hash.equals(rs.getString("request_hash"))) {
                           throw new InvalidInput(ProblemTypes.INVALID_IDEMPOTENCY_KEY, "Invalid request",
                                                  "This Idempotency-Key was used for a different request");
                       }
                       return new Answer(rs.getInt("response_status"), rs.getString("response_body"), true);
                   })
                   .optional();
    }

    /** An answer to replay: HTTP status and JSON body; {@code replayed} when it comes from an earlier request. */
    public record Answer(int status, String body, boolean replayed) {
    }
}
