package com.orderdesk.command.order;

import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.orderdesk.events.privacy.CustomerErased;
import com.orderdesk.events.privacy.CustomerErasureRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Erasure of the customer's personal data: requested by an owner, carried out when due (or when the retention
 * period of a closed order ends). The key is destroyed by the handler of {@link CustomerErased}; the order and
 * its business facts remain.
 */
@SnapshotState
class CustomerErasure {

    @JsonBackReference("customerErasure")
    private Order order;
    private boolean requested;
    private boolean erased;

    @JsonCreator // for snapshots; Jackson sets the order back
    private CustomerErasure() {
    }

    CustomerErasure(Order order) {
        this.order = order;
    }

    @CommandHandler
    long handle(RequestCustomerErasure command) {
        order.requireCurrent(command.actor().workspaceId(), null);
        requireNotErased();
        if (!requested) {
            apply(new CustomerErasureRequested(command.orderId(), command.actor().workspaceId(),
                                               command.actor().accountId(), command.dueAt()));
        }
        return getVersion();
    }

    /** True when it erased now; false when the customer was erased before. */
    @CommandHandler
    boolean handle(EraseCustomer command) {
        if (erased) {
            return false;
        }
        apply(new CustomerErased(command.orderId(), order.workspaceId(), command.at(), command.reason()));
        return true;
    }

    void requireNotErased() {
        if (erased) {
            throw new OrderRuleViolation("The customer's personal data of this order was erased");
        }
    }

    @EventSourcingHandler
    void on(CustomerErasureRequested event) {
        requested = true;
    }

    @EventSourcingHandler
    void on(CustomerErased event) {
        erased = true;
    }
}
