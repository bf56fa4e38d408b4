package com.orderdesk.query.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as shown in the order list. */
public record OrderSummaryView(String orderId, String externalOrderNumber, String salesChannel, Instant orderTime,
                               Instant recordedAt, Instant updatedAt, String status, String currency,
                               BigDecimal total, int lineCount, String customerName, List<String> tags,
                               long version) {

    static OrderSummaryView of(OrderSummaryRow row) {
        return new OrderSummaryView(row.orderId(), row.externalOrderNumber(), row.salesChannel(), row.orderTime(),
                                    row.recordedAt(), row.updatedAt(), row.status(), row.currency(), row.total(),
                                    row.lineCount(), row.customerName(), row.tags(), row.version());
    }
}
