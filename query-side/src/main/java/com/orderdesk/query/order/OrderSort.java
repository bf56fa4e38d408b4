package com.orderdesk.query.order;

import com.orderdesk.query.list.Cursor;
import com.orderdesk.query.web.InvalidCursor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The orders the list can be sorted by; each is a keyset together with the order id. A cursor holds the sort, the
 * direction, and the sort value and id of the previous page's last order.
 */
enum OrderSort {
    ORDER_TIME("order_time"), RECORDED_AT("recorded_at"), TOTAL("total");

    final String column;

    OrderSort(String column) {
        this.column = column;
    }

    /** The cursor to the orders after {@code row} in this sort and direction. */
    String cursorAfter(OrderSummaryRow row, boolean ascending) {
        return Cursor.encode(name(), direction(ascending), keyOf(row), row.orderId());
    }

    /**
     * The keyset position (sort value, order id) a cursor stands for.
     *
     * @throws InvalidCursor unless this API handed the cursor out for this sort and direction
     */
    Object[] positionAfter(String cursor, boolean ascending) {
        Cursor after = Cursor.decode(cursor, 4);
        Cursor.check(after.text(0).equals(name()) && after.text(1).equals(direction(ascending)));
        return new Object[]{parameter(after.text(2)), after.text(3)};
    }

    /** The row's value of this sort key, as a cursor stores it. */
    private String keyOf(OrderSummaryRow row) {
        return switch (this) {
            case ORDER_TIME -> row.orderTime().toString();
            case RECORDED_AT -> row.recordedAt().toString();
            case TOTAL -> row.total().toPlainString();
        };
    }

    /** The cursor's sort value as a SQL parameter. */
    private Object parameter(String value) {
        return Cursor.valid(() -> this == TOTAL ? new BigDecimal(value) : Timestamp.from(Instant.parse(value)));
    }

    private static String direction(boolean ascending) {
        return ascending ? "ASC" : "DESC";
    }
}
