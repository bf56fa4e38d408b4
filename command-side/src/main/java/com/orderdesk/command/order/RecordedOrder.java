package com.orderdesk.command.order;

/** Answer to a recorded order: its id and aggregate version (also sent as the {@code ETag}). */
public record RecordedOrder(String orderId, long version) {
}
