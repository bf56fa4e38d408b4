package com.orderdesk.command.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.events.order.BuyerNoteChanged;
import com.orderdesk.events.order.CustomerContactCorrected;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderTagged;
import com.orderdesk.events.order.OrderUntagged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * An order recorded from a sales channel, with its lifecycle. Decides in command handlers; changes state only
 * from events. Update handlers answer the new aggregate version (the ETag).
 * <p>
 * Snapshots ({@link OrderSnapshots}) store this state as JSON, fields only. It holds identifiers and business
 * facts, never the customer's personal data (the command's device data in a snapshot's metadata is sealed by the
 * event serializer, as in events). Raise the revision whenever a field changes meaning: snapshots of another
 * revision are ignored and the order is loaded from its events.
 */
@Aggregate(snapshotTriggerDefinition = OrderSnapshots.TRIGGER, snapshotFilter = OrderSnapshots.FILTER)
@Revision(OrderSnapshots.REVISION)
@SnapshotState
public class Order {

    static final int MAX_TAGS = 20;

    @AggregateIdentifier
    private String orderId;
    private String workspaceId;
    private Currency currency;
    private BigDecimal total;
    private OrderStatus status;
    private Set<String> tags = new HashSet<>(); // not final: snapshots set it

    @AggregateMember
    @JsonManagedReference("notes")
    private InternalNotes notes;

    @AggregateMember
    @JsonManagedReference("attachments")
    private OrderAttachments attachments;

    @AggregateMember
    @JsonManagedReference("followers")
    private OrderFollowers followers;

    @AggregateMember
    @JsonManagedReference("customerErasure")
    private CustomerErasure customerErasure;

    @JsonCreator // for snapshots too, not the recording constructor
    protected Order() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Order(RecordOrder command, OrderNumberRegistry orderNumbers) {
        OrderRecorded recorded = recorded(command);
        orderNumbers.claim(command.actor().workspaceId(), command.externalOrderNumber(), command.orderId());
        apply(recorded);
    }

    /**
     * The event a recording command would produce, or the rule it breaks. Pure, so a bulk import can check every
     * row with the very rules the aggregate applies before it sends anything.
     */
    static OrderRecorded recorded(RecordOrder command) {
        Currency currency = OrderPricing.knownCurrency(command.currency());
        List<OrderLine> lines = OrderPricing.priced(command.lines(), currency);
        List<String> tags = command.tags().stream().map(Order::normalizedTag).distinct().toList();
        if (tags.size() > MAX_TAGS) {
            throw new OrderRuleViolation("An order has at most " + MAX_TAGS + " tags");
        }
        return new OrderRecorded(command.orderId(), command.actor().workspaceId(), command.externalOrderNumber(),
                                 command.salesChannel(), command.orderedAt(), currency.getCurrencyCode(), lines,
                                 OrderPricing.total(lines, currency), command.customer(), command.buyerNote(), tags);
    }

    @CommandHandler
    long handle(ChangeOrderStatus command) {
        requireCurrent(command.actor().workspaceId(), command.expectedVersion());
        OrderLifecycle.check(status, command);
        apply(new OrderStatusChanged(orderId, workspaceId, status, command.status(), command.reason(),
                                     command.shipment(), command.afterSalesKind()));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeOrderLines command) {
        requireEditable(command.actor().workspaceId(), command.expectedVersion());
        List<OrderLine> lines = OrderPricing.priced(command.lines(), currency);
        apply(new OrderLinesChanged(orderId, workspaceId, lines, total, OrderPricing.total(lines, currency)));
        return getVersion();
    }

    @CommandHandler
    long handle(CorrectCustomerContact command) {
        requireEditable(command.actor().workspaceId(), command.expectedVersion());
        requireCustomerNotErased();
        apply(new CustomerContactCorrected(orderId, workspaceId, command.customer()));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeBuyerNote command) {
        requireEditable(command.actor().workspaceId(), command.expectedVersion());
        requireCustomerNotErased();
        apply(new BuyerNoteChanged(orderId, workspaceId, command.buyerNote()));
        return getVersion();
    }

    @CommandHandler
    long handle(TagOrder command) {
        requireEditable(command.actor().workspaceId(), command.expectedVersion());
        String tag = normalizedTag(command.tag());
        if (!tags.contains(tag)) {
            if (tags.size() >= MAX_TAGS) {
                throw new OrderRuleViolation("An order has at most " + MAX_TAGS + " tags");
            }
            apply(new OrderTagged(orderId, workspaceId, tag));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(UntagOrder command) {
        requireEditable(command.actor().workspaceId(), command.expectedVersion());
        String tag = normalizedTag(command.tag());
        if (tags.contains(tag)) {
            apply(new OrderUntagged(orderId, workspaceId, tag));
        }
        return getVersion();
    }

    /**
     * The caller's workspace first (another workspace's order answers "not found", whatever the version), then
     * the version the caller last read: a stale one means someone else changed the order meanwhile.
     */
    void requireCurrent(String callerWorkspaceId, Long expectedVersion) {
        if (!Objects.equals(workspaceId, callerWorkspaceId)) {
            throw new OrderNotFound(orderId);
        }
        ExpectedVersion.require(orderId, expectedVersion, getVersion());
    }

    String workspaceId() {
        return workspaceId;
    }

    void requireCustomerNotErased() {
        customerErasure.requireNotErased();
    }

    private void requireEditable(String callerWorkspaceId, Long expectedVersion) {
        requireCurrent(callerWorkspaceId, expectedVersion);
        if (!OrderLifecycle.editable(status)) {
            throw new OrderRuleViolation("An order in status " + status + " can no longer be edited");
        }
    }

    private static String normalizedTag(String tag) {
        String normalized = tag == null ? "" : tag.strip();
        if (normalized.isEmpty() || normalized.length() > 40) {
            throw new OrderRuleViolation("A tag has 1 to 40 characters");
        }
        return normalized;
    }

    @EventSourcingHandler
    void on(OrderRecorded event) {
        orderId = event.orderId();
        workspaceId = event.workspaceId();
        currency = Currency.getInstance(event.currency());
        total = event.total();
        status = OrderStatus.RECORDED;
        tags.addAll(event.tags());
        notes = new InternalNotes(this);
        attachments = new OrderAttachments(this);
        followers = new OrderFollowers(this);
        customerErasure = new CustomerErasure(this);
    }

    @EventSourcingHandler
    void on(OrderStatusChanged event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(OrderLinesChanged event) {
        total = event.total();
    }

    @EventSourcingHandler
    void on(OrderTagged event) {
        tags.add(event.tag());
    }

    @EventSourcingHandler
    void on(OrderUntagged event) {
        tags.remove(event.tag());
    }
}
