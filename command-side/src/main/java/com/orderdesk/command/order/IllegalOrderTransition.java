package com.orderdesk.command.order;

import com.orderdesk.command.refusal.Conflict;
import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.events.order.OrderStatus;

import java.util.Set;

/** The order cannot go to the requested status from where it is. */
public class IllegalOrderTransition extends Conflict {

    private final OrderStatus current;
    private final Set<OrderStatus> allowed;

    public IllegalOrderTransition(OrderStatus current, OrderStatus requested, Set<OrderStatus> allowed) {
        super(ProblemTypes.ILLEGAL_TRANSITION, "Status change not allowed",
              "An order in status " + current + " cannot move to " + requested
              + (allowed.isEmpty() ? "; it is final" : "; it can move to " + allowed));
        this.current = current;
        this.allowed = Set.copyOf(allowed);
        property("currentStatus", current);
        property("allowedStatuses", allowed.stream().sorted().toList());
    }

    public OrderStatus current() {
        return current;
    }

    public Set<OrderStatus> allowed() {
        return allowed;
    }
}
