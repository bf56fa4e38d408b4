package com.orderdesk.command.security;

import com.nimbusds.jose.JOSEException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Login attempts per client address in one-minute windows, counted in the database, so that every command-side
 * instance behind a balancer draws on the same budget. The address is stored only as a keyed hash: a key derived
 * from the token signing key (the same file on every instance), so the table holds no address in clear and a hash
 * cannot be reversed by trying the four billion IPv4 addresses without that key.
 */
@Component
public class LoginRateLimiter {

    private final JdbcClient jdbc;
    private final int attemptsPerMinute;
    private final Clock clock;
    private final SecretKeySpec hashKey;
    private final AtomicLong clearedBefore = new AtomicLong();

    LoginRateLimiter(JdbcClient jdbc, SecuritySettings settings, SigningKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.attemptsPerMinute = settings.loginAttemptsPerMinute();
        this.clock = clock;
        this.hashKey = new SecretKeySpec(derivedKey(keys), "HmacSHA256");
    }

    /** Counts an attempt; answers how long to wait if the address is over its limit. */
    public Optional<Duration> tryAcquire(String clientIp) {
        long minute = clock.millis() / 60_000;
        clearPastMinutes(minute);
        int attempts = jdbc.sql("""
                                INSERT INTO command_side.login_attempt_window AS w (address_hash, minute, attempts)
                                VALUES (?, ?, 1)
                                ON CONFLICT (address_hash, minute) DO UPDATE SET attempts = w.attempts + 1
                                RETURNING attempts""")
                           .params(hash(clientIp), minute).query(Integer.class).single();
        if (attempts <= attemptsPerMinute) {
            return Optional.empty();
        }
        long millisLeft = (minute + 1) * 60_000 - clock.millis();
        return Optional.of(Duration.ofMillis(Math.max(millisLeft, 1000)));
    }

    /** Once a minute per instance: the windows of past minutes count for nothing any more. */
    private void clearPastMinutes(long minute) {
        long before = clearedBefore.get();
        if (before < minute && clearedBefore.compareAndSet(before, minute)) {
            jdbc.sql("DELETE FROM command_side.login_attempt_window WHERE minute < ?").param(minute).update();
        }
    }

    private byte[] hash(String clientIp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(clientIp.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java platform", e);
        }
    }

    private static byte[] derivedKey(SigningKeys keys) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("orderdesk login rate limit".getBytes(StandardCharsets.UTF_8));
            sha256.update(keys.privateKey().toPrivateKey().getEncoded());
            return sha256.digest();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot derive the rate limit's key from the signing key", e);
        }
    }
}
