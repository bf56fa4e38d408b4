package com.orderdesk.command.order;

import com.orderdesk.command.refusal.Conflict;
import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.events.order.OrderStatus;

import java.util.Set;

/** The order cannot go to the requested status from where it is. */
public class IllegalOrderTransition extends Conflict {

    public IllegalOrderTransition(OrderStatus current, OrderStatus requested, Set<OrderStatus> allowed) {
        super(ProblemTypes.ILLEGAL_TRANSITION, "Status change not allowed",
              "An order in status " + current + " cannot move to " + requested
              + (allowed.isEmpty() ? "; it is final" : "; it can move to " + allowed));
        property("currentStatus", current);
        property("allowedStatuses", allowed.stream().sorted().toList());
    }
}
