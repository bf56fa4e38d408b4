package com.orderdesk.events.account;

/**
 * A security event whose account is the one acting (signing in, or being refused), for trails that need an actor
 * when the event carries no actor metadata.
 */
public interface ActsAsAccount {

    String accountId();
}
