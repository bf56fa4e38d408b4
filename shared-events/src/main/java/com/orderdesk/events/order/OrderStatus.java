package com.orderdesk.events.order;

/** Where an order is in its life. CANCELLED and CLOSED are final. */
public enum OrderStatus {
    RECORDED, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, COMPLETED, CANCELLED, AFTER_SALES, CLOSED
}
