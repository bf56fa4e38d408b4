package com.orderdesk.query.order;

import com.orderdesk.query.web.InvalidCursor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/** The orders the list can be sorted by; each is a keyset together with the order id. */
enum OrderSort {
    ORDER_TIME("order_time"), RECORDED_AT("recorded_at"), TOTAL("total");

    final String column;

    OrderSort(String column) {
        this.column = column;
    }

    /** The row's value of this sort key, as a cursor stores it. */
    String keyOf(OrderSummaryRow row) {
        return switch (this) {
            case ORDER_TIME -> row.orderTime().toString();
            case RECORDED_AT -> row.recordedAt().toString();
            case TOTAL -> row.total().toPlainString();
        };
    }

    /** The cursor's sort value as a SQL parameter. */
    Object parameter(String value) {
        try {
            return this == TOTAL ? new BigDecimal(value) : Timestamp.from(Instant.parse(value));
        } catch (RuntimeException e) {
            throw new InvalidCursor();
        }
    }
}
