package com.orderdesk.command.support;

import com.orderdesk.command.web.Versioned;

/** Answer to a support command: the request and its new aggregate version (also sent as the {@code ETag}). */
public record SupportRequestVersion(String requestId, long version) implements Versioned {
}
