package com.orderdesk.command.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginRateLimiterTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:10Z");

    @Test
    void attemptsOverTheLimitWaitForTheNextMinute() {
        LoginRateLimiter limiter = limiter(Clock.fixed(START, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("203.0.113.1")).isEmpty();
        }

        assertThat(limiter.tryAcquire("203.0.113.1")).contains(Duration.ofSeconds(50));
        assertThat(limiter.tryAcquire("198.51.100.2")).as("another address has its own budget").isEmpty();
    }

    @Test
    void budgetComesBackInTheNextMinute() {
        LoginRateLimiter exhausted = limiter(Clock.fixed(START, ZoneOffset.UTC));
        for (int i = 0; i < 4; i++) {
            exhausted.tryAcquire("203.0.113.1");
        }
        LoginRateLimiter later = limiter(Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC));

        assertThat(later.tryAcquire("203.0.113.1")).isEmpty();
    }

    private static LoginRateLimiter limiter(Clock clock) {
        return new LoginRateLimiter(new SecuritySettings(null, Duration.ofHours(1), List.of(), 3, Duration.ofDays(3)),
                                    clock);
    }
}
