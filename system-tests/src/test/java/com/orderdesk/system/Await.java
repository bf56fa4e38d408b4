package com.orderdesk.system;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Waits for the asynchronous half of the system: the projections, and what the query side shows. */
final class Await {

    private Await() {
    }

    /** Polls the query side until the condition holds or a deadline passes: projections are asynchronous. */
    static Http.Response awaitQuery(String url, String token, Predicate<Http.Response> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Http.Response last;
        do {
            last = Http.get(url, token);
            if (condition.test(last)) {
                return last;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Query side did not show the expected state within 20 s; last answer: "
                                 + last.status() + " " + last.body());
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
