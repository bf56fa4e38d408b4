package com.orderdesk.command.order;

/** No such order in the caller's workspace; answered as 404 so ids of other workspaces are not revealed. */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(String orderId) {
        super("Order " + orderId + " was not found");
    }
}
