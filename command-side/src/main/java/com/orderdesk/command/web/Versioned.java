package com.orderdesk.command.web;

/**
 * An answer that names an aggregate and its version after the change. Every such answer also carries the version
 * as its {@code ETag} ({@link VersionETags}), for the client's next {@code If-Match}.
 */
public interface Versioned {

    long version();
}
