package com.orderdesk.system;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for the asynchronous half of the system: the projections, and what the query side shows. */
final class Await {

    private Await() {
    }

    /** Polls the query side until the condition holds or a deadline passes: projections are asynchronous. */
    static Http.Response awaitQuery(String url, String token, Predicate<Http.Response> condition) {
        return until(() -> Http.get(url, token), condition,
                     last -> "Query side did not show the expected state within 20 s; last answer: " + last.status()
                             + " " + last.body());
    }

    /**
     * Asks again every 50 ms until the answer meets the condition, for at most 20 s; then fails with
     * {@code describe} of the last answer. The one way system tests wait for what is asynchronous.
     */
    static <T> T until(Supplier<T> ask, Predicate<T> condition, Function<T, String> describe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        T last;
        do {
            last = ask.get();
            if (condition.test(last)) {
                return last;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(describe.apply(last));
    }

    /** Polls the admin's progress view until every projection has caught up with the event store's head. */
    static void awaitEveryProjectionAtTheHead(String queryUrl, String admin) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode progress;
        do {
            progress = Http.get(queryUrl + "/api/admin/projections", admin).json();
            boolean done = true;
            for (JsonNode projection : progress) {
                done &= projection.get("caughtUp").asBoolean()
                        && projection.get("position").asLong() >= projection.get("head").asLong();
            }
            if (done) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("projections did not reach the head within 60 s: " + progress);
    }
}
