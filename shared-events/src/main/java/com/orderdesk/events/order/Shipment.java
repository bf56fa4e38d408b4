package com.orderdesk.events.order;

/** How a shipped order travels. */
public record Shipment(String carrier, String trackingNumber) {
}
