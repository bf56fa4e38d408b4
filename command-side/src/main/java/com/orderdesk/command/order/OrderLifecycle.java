package com.orderdesk.command.order;

import com.orderdesk.events.order.AfterSalesKind;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.Shipment;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.orderdesk.events.order.OrderStatus.AFTER_SALES;
import static com.orderdesk.events.order.OrderStatus.CANCELLED;
import static com.orderdesk.events.order.OrderStatus.CLOSED;
import static com.orderdesk.events.order.OrderStatus.COMPLETED;
import static com.orderdesk.events.order.OrderStatus.CONFIRMED;
import static com.orderdesk.events.order.OrderStatus.DELIVERED;
import static com.orderdesk.events.order.OrderStatus.IN_FULFILLMENT;
import static com.orderdesk.events.order.OrderStatus.RECORDED;
import static com.orderdesk.events.order.OrderStatus.SHIPPED;

/** The order's state machine and what each transition requires. */
final class OrderLifecycle {

    private static final Map<OrderStatus, EnumSet<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

    static {
        NEXT.put(RECORDED, EnumSet.of(CONFIRMED, CANCELLED));
        NEXT.put(CONFIRMED, EnumSet.of(IN_FULFILLMENT, CANCELLED));
        NEXT.put(IN_FULFILLMENT, EnumSet.of(SHIPPED, CANCELLED));
        NEXT.put(SHIPPED, EnumSet.of(DELIVERED, AFTER_SALES));
        NEXT.put(DELIVERED, EnumSet.of(COMPLETED, AFTER_SALES));
        NEXT.put(COMPLETED, EnumSet.of(AFTER_SALES));
        NEXT.put(AFTER_SALES, EnumSet.of(COMPLETED, CLOSED));
        NEXT.put(CANCELLED, EnumSet.noneOf(OrderStatus.class));
        NEXT.put(CLOSED, EnumSet.noneOf(OrderStatus.class));
    }

    private OrderLifecycle() {
    }

    static Set<OrderStatus> allowedFrom(OrderStatus status) {
        return EnumSet.copyOf(NEXT.get(status));
    }

    /** Items, contact, buyer note and tags can change only until the order ships. */
    static boolean editable(OrderStatus status) {
        return status == RECORDED || status == CONFIRMED || status == IN_FULFILLMENT;
    }

    /** @throws IllegalOrderTransition or {@link OrderRuleViolation} when the transition is not allowed as asked */
    static void check(OrderStatus from, ChangeOrderStatus command) {
        OrderStatus to = command.status();
        if (!NEXT.get(from).contains(to)) {
            throw new IllegalOrderTransition(from, to, allowedFrom(from));
        }
        boolean hasReason = command.reason() != null && !command.reason().isBlank();
        if ((to == CANCELLED || to == AFTER_SALES || from == AFTER_SALES) && !hasReason) {
            throw new OrderRuleViolation("Moving an order to " + to + (from == AFTER_SALES ? " from AFTER_SALES" : "")
                                         + " needs a reason");
        }
        Shipment shipment = command.shipment();
        if (to == SHIPPED && (shipment == null || blank(shipment.carrier()) || blank(shipment.trackingNumber()))) {
            throw new OrderRuleViolation("Shipping needs a carrier and a tracking number");
        }
        if (to != SHIPPED && shipment != null) {
            throw new OrderRuleViolation("Only shipping takes a carrier and tracking number");
        }
        AfterSalesKind kind = command.afterSalesKind();
        if (to == AFTER_SALES && kind == null) {
            throw new OrderRuleViolation("An after-sales case needs its kind: RETURN, EXCHANGE or COMPLAINT");
        }
        if (to != AFTER_SALES && kind != null) {
            throw new OrderRuleViolation("Only opening an after-sales case takes a kind");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
