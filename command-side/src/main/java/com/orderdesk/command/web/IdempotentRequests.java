package com.orderdesk.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes a creating request safe to retry: with the same {@code Idempotency-Key} (per workspace) and the same
 * body, the first request's answer is replayed and nothing is created again.
 */
@Component
public class IdempotentRequests {

    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code action} once per key; its answer (status and JSON body) is stored in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Answer once(String workspaceId, String key, String requestBody, Supplier<Answer> action) {
        requireWellFormed(key);
        String hash = sha256(requestBody);
        int claimed = jdbc.sql("""
                               INSERT INTO command_side.idempotent_request (workspace_id, idempotency_key, request_hash)
                               VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                          .params(workspaceId, key, hash).update();
        if (claimed == 0) {
            return replay(workspaceId, key, hash);
        }
        Answer answer = action.get();
        jdbc.sql("""
                 UPDATE command_side.idempotent_request SET response_status = ?, response_body = ?
                 WHERE workspace_id = ? AND idempotency_key = ?""")
            .params(answer.status(), answer.body(), workspaceId, key).update();
        return answer;
    }

    /**
     * For requests too long for one transaction (imports): the stored answer of an earlier request with this key,
     * if any. Pair with {@link #remember}.
     */
    @Transactional
    public Optional<Answer> previous(String workspaceId, String key, String requestBody) {
        requireWellFormed(key);
        String hash = sha256(requestBody);
        boolean known = jdbc.sql("""
                                 SELECT count(*) FROM command_side.idempotent_request
                                 WHERE workspace_id = ? AND idempotency_key = ? AND response_status IS NOT NULL""")
                            .params(workspaceId, key).query(Long.class).single() > 0;
        return known ? Optional.of(replay(workspaceId, key, hash)) : Optional.empty();
    }

    /** Keeps the answer for retries with the same key; a concurrent first request's answer wins. */
    @Transactional
    public void remember(String workspaceId, String key, String requestBody, Answer answer) {
        jdbc.sql("""
                 INSERT INTO command_side.idempotent_request (workspace_id, idempotency_key, request_hash,
                                                              response_status, response_body)
                 VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(workspaceId, key, sha256(requestBody), answer.status(), answer.body()).update();
    }

    private static void requireWellFormed(String key) {
        if (!WELL_FORMED_KEY.matcher(key).matches()) {
            throw new InvalidIdempotencyKey("An Idempotency-Key has 1 to 128 letters, digits or . _ : -");
        }
    }

    private Answer replay(String workspaceId, String key, String hash) {
        Optional<Answer> stored = jdbc.sql("""
                                           SELECT request_hash, response_status, response_body
                                           FROM command_side.idempotent_request
                                           WHERE workspace_id = ? AND idempotency_key = ?""")
                                      .params(workspaceId, key)
                                      .query((rs, n) -> {
                                          if (!hash.equals(rs.getString("request_hash"))) {
                                              throw new InvalidIdempotencyKey(
                                                      "This Idempotency-Key was used for a different request");
                                          }
                                          return new Answer(rs.getInt("response_status"),
                                                            rs.getString("response_body"), true);
                                      })
                                      .optional();
        return stored.orElseThrow(() -> new IllegalStateException("Idempotency record vanished"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer to replay: HTTP status and JSON body; {@code replayed} when it comes from an earlier request. */
    public record Answer(int status, String body, boolean replayed) {
    }

    /** The key is malformed or was used for another request. */
    public static class InvalidIdempotencyKey extends RuntimeException {
        InvalidIdempotencyKey(String message) {
            super(message);
        }
    }
}
