package com.orderdesk.query.order;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code query_side.order_summary}. */
record OrderSummaryRow(String orderId, String workspaceId, String externalOrderNumber, String salesChannel,
                       Instant orderedAt, Instant recordedAt, String currency, BigDecimal total, int lineCount,
                       String status, long version) {
}
