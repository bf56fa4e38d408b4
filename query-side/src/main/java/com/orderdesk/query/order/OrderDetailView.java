package com.orderdesk.query.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One order with its line items. */
public record OrderDetailView(String orderId, String workspaceId, String externalOrderNumber, String salesChannel,
                              Instant orderedAt, Instant recordedAt, String status, String currency,
                              BigDecimal total, List<Line> lines, long version) {

    /** A line item of the order. */
    public record Line(String sku, String title, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
    }

    static OrderDetailView of(OrderSummaryRow row, List<OrderLineRow> lines) {
        return new OrderDetailView(row.orderId(), row.workspaceId(), row.externalOrderNumber(), row.salesChannel(),
                                   row.orderedAt(), row.recordedAt(), row.status(), row.currency(), row.total(),
                                   lines.stream()
                                        .map(l -> new Line(l.sku(), l.title(), l.quantity(), l.unitPrice(),
                                                           l.lineTotal()))
                                        .toList(),
                                   row.version());
    }
}
