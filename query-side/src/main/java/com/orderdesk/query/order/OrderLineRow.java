package com.orderdesk.query.order;

import java.math.BigDecimal;

/** A row of {@code query_side.order_line}. */
record OrderLineRow(int lineNo, String sku, String title, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
}
