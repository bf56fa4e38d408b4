package com.orderdesk.command.account;

import com.orderdesk.command.refusal.TooManyRequests;

import java.time.Duration;

/** The client IP made too many login attempts in the current minute. */
public class TooManyLoginAttempts extends TooManyRequests {

    public TooManyLoginAttempts(Duration retryAfter) {
        super("Too many login attempts from this address; try again later", retryAfter);
    }
}
