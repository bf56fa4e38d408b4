package com.orderdesk.command.security;

import com.orderdesk.events.account.TokensRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * When each account's tokens stop being valid. Kept by a subscribing handler, so the row is written in the
 * same transaction as the TokensRevoked event and a revoked token fails on the very next request.
 */
@Component
@ProcessingGroup(TokenRevocations.PROCESSING_GROUP)
public class TokenRevocations {

    static final String PROCESSING_GROUP = "token-revocations";

    private final JdbcClient jdbc;

    TokenRevocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TokensRevoked event) {
        jdbc.sql("""
                 INSERT INTO command_side.token_revocation (account_id, not_before) VALUES (?, ?)
                 ON CONFLICT (account_id) DO UPDATE
                     SET not_before = greatest(token_revocation.not_before, excluded.not_before)""")
            .params(event.accountId(), Timestamp.from(event.notBefore()))
            .update();
    }

    Optional<Instant> notBefore(String accountId) {
        return jdbc.sql("SELECT not_before FROM command_side.token_revocation WHERE account_id = ?")
                   .param(accountId)
                   .query((rs, n) -> rs.getTimestamp(1).toInstant())
                   .optional();
    }
}
