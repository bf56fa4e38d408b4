package com.orderdesk.query.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of {@code query_side.order_summary}. */
record OrderSummaryRow(String orderId, String workspaceId, String externalOrderNumber, String salesChannel,
                       Instant orderedAt, Instant orderTime, Instant recordedAt, Instant updatedAt, String currency,
                       BigDecimal total, int lineCount, String status, long version, String customerName,
                       String customerPhone, String shippingAddressJson, String buyerNote, List<String> tags,
                       String carrier, String trackingNumber, List<String> followerIds) {
}
