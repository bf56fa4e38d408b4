package com.orderdesk.command.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login attempts per client IP in one-minute windows. Per instance: behind a load balancer the effective limit
 * is this limit times the number of command-side instances.
 */
@Component
public class LoginRateLimiter {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int attemptsPerMinute;
    private final Clock clock;

    LoginRateLimiter(SecuritySettings settings, Clock clock) {
        this.attemptsPerMinute = settings.loginAttemptsPerMinute();
        this.clock = clock;
    }

    /** Counts an attempt; answers how long to wait if the address is over its limit. */
    public Optional<Duration> tryAcquire(String clientIp) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED_ADDRESSES) {
            windows.values().removeIf(w -> w.minute < minute);
        }
        Window window = windows.compute(clientIp, (ip, w) -> w == null || w.minute != minute
                ? new Window(minute, 1) : new Window(minute, w.attempts + 1));
        if (window.attempts <= attemptsPerMinute) {
            return Optional.empty();
        }
        long millisLeft = (minute + 1) * 60_000 - clock.millis();
        return Optional.of(Duration.ofMillis(Math.max(millisLeft, 1000)));
    }

    private record Window(long minute, int attempts) {
    }
}
