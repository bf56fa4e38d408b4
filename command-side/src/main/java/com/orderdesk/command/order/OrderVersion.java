package com.orderdesk.command.order;

import com.orderdesk.command.web.Versioned;

/** Answer to an order command: the order and its new aggregate version (also sent as the {@code ETag}). */
public record OrderVersion(String orderId, long version) implements Versioned {
}
