package com.orderdesk.query.order;

/** No order with this id is visible to the caller (or it is not projected yet). */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(String orderId) {
        super("Order " + orderId + " was not found");
    }
}
