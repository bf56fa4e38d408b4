package com.orderdesk.events.account;

/** An attempt to sign in, successful or not: where it came from. */
public interface SignInAttempt {

    String clientIp();

    String userAgent();
}
