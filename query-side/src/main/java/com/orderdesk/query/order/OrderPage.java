package com.orderdesk.query.order;

import java.util.List;
import java.util.Map;

/**
 * A page of the order list; {@code nextCursor} is null on the last page. {@code statusCounts} counts the
 * orders matching every filter but the status one, per status, for a filter bar; on the first page only (null on
 * the pages a cursor leads to).
 */
public record OrderPage(List<OrderSummaryView> items, String nextCursor, Map<String, Long> statusCounts) {
}
