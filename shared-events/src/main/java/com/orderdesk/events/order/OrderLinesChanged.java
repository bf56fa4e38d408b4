package com.orderdesk.events.order;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;

/** The line items were edited before shipping; the new lines and exact totals replace the old ones. */
@Revision("1")
public record OrderLinesChanged(String orderId, String workspaceId, List<OrderLine> lines, BigDecimal previousTotal,
                                BigDecimal total) {

    public OrderLinesChanged {
        lines = List.copyOf(lines);
    }
}
