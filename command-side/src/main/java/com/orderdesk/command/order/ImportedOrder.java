package com.orderdesk.command.order;

import java.util.List;

/**
 * One order read from an import file: the file rows it came from, and either the request or why it could not
 * be read.
 */
record ImportedOrder(List<Integer> rows, String externalOrderNumber, RecordOrderRequest request, List<String> errors) {

    static ImportedOrder readable(List<Integer> rows, RecordOrderRequest request) {
        return new ImportedOrder(List.copyOf(rows), request.externalOrderNumber(), request, List.of());
    }

    static ImportedOrder unreadable(List<Integer> rows, String externalOrderNumber, List<String> errors) {
        return new ImportedOrder(List.copyOf(rows), externalOrderNumber, null, List.copyOf(errors));
    }
}
