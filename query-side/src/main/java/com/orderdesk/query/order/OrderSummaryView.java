package com.orderdesk.query.order;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as shown in the order list. */
public record OrderSummaryView(String orderId, String workspaceId, String externalOrderNumber, String salesChannel,
                               Instant orderedAt, Instant recordedAt, String status, String currency,
                               BigDecimal total, int lineCount, long version) {

    static OrderSummaryView of(OrderSummaryRow row) {
        return new OrderSummaryView(row.orderId(), row.workspaceId(), row.externalOrderNumber(), row.salesChannel(),
                                    row.orderedAt(), row.recordedAt(), row.status(), row.currency(), row.total(),
                                    row.lineCount(), row.version());
    }
}
