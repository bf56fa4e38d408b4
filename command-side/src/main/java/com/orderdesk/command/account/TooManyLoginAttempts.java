package com.orderdesk.command.account;

import java.time.Duration;

/** The client IP made too many login attempts in the current minute. */
public class TooManyLoginAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyLoginAttempts(Duration retryAfter) {
        super("Too many login attempts from this address; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
