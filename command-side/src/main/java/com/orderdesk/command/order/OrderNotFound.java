package com.orderdesk.command.order;

import com.orderdesk.command.refusal.NotFound;

/** No such order in the caller's workspace; answered as 404 so ids of other workspaces are not revealed. */
public class OrderNotFound extends NotFound {

    public OrderNotFound(String orderId) {
        super("Order " + orderId + " was not found");
    }
}
