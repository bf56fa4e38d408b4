package com.orderdesk.command.order;

/** Answer to an order command: the order and its new aggregate version (also sent as the {@code ETag}). */
public record OrderVersion(String orderId, long version) {
}
