package com.orderdesk.query.order;

import com.orderdesk.query.infra.ConsistentRead;
import com.orderdesk.events.order.ShippingAddress;
import com.orderdesk.query.task.TaskReads;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/** Assembles an order's detail view from the read models, within a workspace. */
@Component
class OrderDetails {

    private final OrderListRepository orders;
    private final OrderHistory history;
    private final TaskReads tasks;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderDetails(OrderListRepository orders, OrderHistory history, TaskReads tasks) {
        this.orders = orders;
        this.history = history;
        this.tasks = tasks;
    }

    /** The order's summary row, if it exists and belongs to the workspace. */
    Optional<OrderSummaryRow> summary(String workspaceId, String orderId) {
        return orders.findSummary(orderId).filter(order -> order.workspaceId().equals(workspaceId));
    }

    @ConsistentRead
    Optional<OrderDetailView> detail(String workspaceId, String orderId) {
        return summary(workspaceId, orderId).map(this::detail);
    }

    OrderDetailView detail(OrderSummaryRow row) {
        String orderId = row.orderId();
        OrderDetailView.Customer customer = row.customerName() == null && row.customerPhone() == null
                                            && row.shippingAddressJson() == null ? null
                : new OrderDetailView.Customer(row.customerName(), row.customerPhone(),
                                               row.shippingAddressJson() == null ? null
                                                       : json.readValue(row.shippingAddressJson(),
                                                                        ShippingAddress.class));
        return new OrderDetailView(
                orderId, row.workspaceId(), row.externalOrderNumber(), row.salesChannel(), row.orderedAt(),
                row.recordedAt(), row.updatedAt(), row.status(), row.currency(), row.total(),
                orders.findLines(orderId).stream()
                      .map(l -> new OrderDetailView.Line(l.sku(), l.title(), l.quantity(), l.unitPrice(),
                                                         l.lineTotal())).toList(),
                customer, row.buyerNote(), row.tags(),
                row.carrier() == null ? null : new OrderDetailView.Shipment(row.carrier(), row.trackingNumber()),
                orders.findNotes(orderId).stream()
                      .map(n -> new OrderDetailView.Note(n.noteId(), n.authorId(), n.text(), n.createdAt(),
                                                         n.editedAt())).toList(),
                orders.findAttachments(orderId).stream()
                      .map(a -> new OrderDetailView.Attachment(a.attachmentId(), a.fileName(), a.contentType(),
                                                               a.size(), a.sha256(), a.addedAt())).toList(),
                history.of(orderId).stream()
                        .map(t -> new OrderDetailView.HistoryEntry(t.sequence(), t.at(), t.eventType(), t.actorId(),
                                                                   t.actorRole(), t.summary())).toList(),
                tasks.linkedTo(row.workspaceId(), orderId), row.followerIds(), row.version());
    }
}
