package com.orderdesk.command.security;

import com.orderdesk.command.infra.EmbeddedPostgresServer;
import com.orderdesk.command.infra.EmbeddedServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The login rate limit, counted in PostgreSQL: one budget per address for all command-side instances. */
class LoginRateLimiterTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:10Z");
    private static EmbeddedPostgresServer postgres;
    private static JdbcClient jdbc;
    private static SigningKeys keys;

    @BeforeAll
    static void startDatabase(@TempDir Path keyDirectory) {
        postgres = EmbeddedPostgresServer.start(EmbeddedServers.ephemeral());
        PGSimpleDataSource dataSource = EmbeddedServers.migrated(postgres);
        jdbc = JdbcClient.create(dataSource);
        keys = SigningKeys.loadOrCreate(keyDirectory.resolve("signing-key.jwk.json"));
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @BeforeEach
    void noAttemptsYet() {
        jdbc.sql("DELETE FROM command_side.login_attempt_window").update();
    }

    @Test
    void attemptsOverTheLimitWaitForTheNextMinute() {
        LoginRateLimiter limiter = limiter(START);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("203.0.113.1")).isEmpty();
        }

        assertThat(limiter.tryAcquire("203.0.113.1")).contains(Duration.ofSeconds(50));
        assertThat(limiter.tryAcquire("198.51.100.2")).as("another address has its own budget").isEmpty();
    }

    @Test
    void budgetComesBackInTheNextMinute() {
        LoginRateLimiter exhausted = limiter(START);
        for (int i = 0; i < 4; i++) {
            exhausted.tryAcquire("203.0.113.1");
        }

        assertThat(limiter(START.plusSeconds(60)).tryAcquire("203.0.113.1")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM command_side.login_attempt_window WHERE minute < ?")
                       .param(START.plusSeconds(60).toEpochMilli() / 60_000).query(Long.class).single())
                .as("past minutes are cleared").isZero();
    }

    @Test
    void twoInstancesDrawOnOneBudget() {
        LoginRateLimiter first = limiter(START);
        LoginRateLimiter second = limiter(START);
        assertThat(first.tryAcquire("203.0.113.1")).isEmpty();
        assertThat(second.tryAcquire("203.0.113.1")).isEmpty();
        assertThat(first.tryAcquire("203.0.113.1")).isEmpty();

        assertThat(second.tryAcquire("203.0.113.1")).as("the fourth attempt, whichever instance gets it").isPresent();
    }

    @Test
    void theAddressIsNeverStoredInClear() {
        limiter(START).tryAcquire("203.0.113.1");

        byte[] stored = jdbc.sql("SELECT address_hash FROM command_side.login_attempt_window")
                            .query(byte[].class).single();
        assertThat(stored).hasSize(32);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("203.0.113.1");
    }

    private static LoginRateLimiter limiter(Instant now) {
        return new LoginRateLimiter(jdbc, new SecuritySettings(null, Duration.ofHours(1), List.of(), 3,
                                                               Duration.ofDays(3)),
                                    keys, Clock.fixed(now, ZoneOffset.UTC));
    }
}
