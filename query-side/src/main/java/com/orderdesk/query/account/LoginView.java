package com.orderdesk.query.account;

import java.time.Instant;

/** One login attempt of an account. */
public record LoginView(Instant at, String outcome, String reason, String clientIp, String userAgent,
                        boolean abnormal) {
}
