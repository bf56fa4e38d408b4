package com.orderdesk.query.order;

import java.util.List;

/** A page of the order list; {@code nextCursor} is null on the last page. */
public record OrderPage(List<OrderSummaryView> items, String nextCursor) {
}
