package com.orderdesk.command.order;

import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.orderdesk.events.order.AttachmentAdded;
import com.orderdesk.events.order.AttachmentRemoved;
import com.orderdesk.events.privacy.CustomerErased;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** The files attached to an order (their bytes are stored outside the event store), in any status. */
@SnapshotState
class OrderAttachments {

    static final int MAX_ATTACHMENTS = 50;

    @JsonBackReference("attachments")
    private Order order;
    private Set<String> attachmentIds = new HashSet<>(); // not final: snapshots set it

    @JsonCreator // for snapshots; Jackson sets the order back
    private OrderAttachments() {
    }

    OrderAttachments(Order order) {
        this.order = order;
    }

    @CommandHandler
    long handle(AttachFile command) {
        order.requireCurrent(command.actor().workspaceId(), command.expectedVersion());
        order.requireCustomerNotErased(); // files on an order typically carry the customer's data
        if (attachmentIds.size() >= MAX_ATTACHMENTS) {
            throw new OrderRuleViolation("An order has at most " + MAX_ATTACHMENTS + " attachments");
        }
        apply(new AttachmentAdded(command.orderId(), command.actor().workspaceId(), command.attachmentId(),
                                  command.fileName(), command.contentType(), command.size(), command.sha256()));
        return getVersion();
    }

    @CommandHandler
    long handle(RemoveAttachment command) {
        order.requireCurrent(command.actor().workspaceId(), command.expectedVersion());
        if (!attachmentIds.contains(command.attachmentId())) {
            throw new OrderRuleViolation("The order has no attachment " + command.attachmentId());
        }
        apply(new AttachmentRemoved(command.orderId(), command.actor().workspaceId(), command.attachmentId()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(AttachmentAdded event) {
        attachmentIds.add(event.attachmentId());
    }

    @EventSourcingHandler
    void on(AttachmentRemoved event) {
        attachmentIds.remove(event.attachmentId());
    }

    /** The files were deleted with the customer's data. */
    @EventSourcingHandler
    void on(CustomerErased event) {
        attachmentIds.clear();
    }
}
