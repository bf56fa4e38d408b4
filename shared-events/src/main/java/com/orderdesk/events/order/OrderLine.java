package com.orderdesk.events.order;

import java.math.BigDecimal;

/** One line of an order as recorded from the sales channel; amounts are in the order's currency. */
public record OrderLine(String sku, String title, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
}
