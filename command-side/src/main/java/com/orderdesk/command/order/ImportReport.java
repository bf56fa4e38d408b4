package com.orderdesk.command.order;

import java.util.List;

/** What an import did with each order of the file. */
public record ImportReport(ImportMode mode, int orders, int created, int duplicates, int invalid,
                           List<Entry> entries) {

    /** The outcome of one order. */
    public enum Outcome { CREATED, DUPLICATE, INVALID, NOT_CREATED }

    /**
     * One order of the file: its rows (CSV row or JSON line numbers), what happened, the order it created or
     * duplicates, and why it is invalid. NOT_CREATED: valid, but an all-or-nothing import was refused, or its
     * batch of a skip-invalid import failed (the reason says so).
     */
    public record Entry(List<Integer> rows, String externalOrderNumber, Outcome outcome, String orderId,
                        List<String> reasons) {
    }
}
