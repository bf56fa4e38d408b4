package com.orderdesk.command.refusal;

import java.time.Duration;
import java.util.Map;

/** The caller sent too many requests of a kind: answered 429 with {@code Retry-After}. */
public non-sealed class TooManyRequests extends Refusal {

    private final Duration retryAfter;

    public TooManyRequests(String detail, Duration retryAfter) {
        super(ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", detail);
        this.retryAfter = retryAfter;
    }


    @Override
    public final int status() {
        return 429;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfter.toSeconds()));
    }
}
