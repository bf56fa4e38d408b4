package com.orderdesk.query.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read-your-writes for a client that knows the version its command produced: re-reads until the projection has
 * reached that version or the wait runs out, and says which it was ({@code OrderDesk-Consistent} header).
 */
public final class ReadYourWrites {

    public static final String CONSISTENT_HEADER = "OrderDesk-Consistent";
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);

    private ReadYourWrites() {
    }

    /** What was read, and whether it had reached the version asked for (or exists, when none was asked for). */
    public record Read<T>(Optional<T> value, boolean consistent) {
    }

    public static <T> Read<T> read(Supplier<Optional<T>> reader, ToLongFunction<T> version, Long minVersion,
                                   long waitMillis) {
        Instant deadline = Instant.now().plus(Duration.ofMillis(Math.min(waitMillis, MAX_WAIT.toMillis())));
        Optional<T> value = reader.get();
        while (minVersion != null && !reached(value, version, minVersion) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(POLL.toNanos());
            value = reader.get();
        }
        return new Read<>(value, minVersion == null ? value.isPresent() : reached(value, version, minVersion));
    }

    private static <T> boolean reached(Optional<T> value, ToLongFunction<T> version, long minVersion) {
        return value.map(v -> version.applyAsLong(v) >= minVersion).orElse(false);
    }
}
