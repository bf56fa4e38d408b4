package com.orderdesk.command.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Password hashes, kept in {@code command_side.credential} and never anywhere else. */
@Component
public class Credentials {

    // Verifying against this makes a login for an unknown account take as long as one for a known account.
    private final String decoyHash;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    Credentials(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.decoyHash = encoder.encode("decoy password that nobody has");
    }

    void store(String accountId, String password) {
        jdbc.sql("""
                 INSERT INTO command_side.credential (account_id, password_hash) VALUES (?, ?)
                 ON CONFLICT (account_id) DO UPDATE SET password_hash = excluded.password_hash, changed_at = now()""")
            .params(accountId, encoder.encode(password))
            .update();
    }

    boolean matches(String accountId, String password) {
        Optional<String> hash = jdbc.sql("SELECT password_hash FROM command_side.credential WHERE account_id = ?")
                                    .param(accountId)
                                    .query(String.class)
                                    .optional();
        return encoder.matches(password, hash.orElse(decoyHash)) && hash.isPresent();
    }

    /** Spends the same time as a real check, for logins naming no account. */
    void matchAgainstDecoy(String password) {
        encoder.matches(password, decoyHash);
    }
}
