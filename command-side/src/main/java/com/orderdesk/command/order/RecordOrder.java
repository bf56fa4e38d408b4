package com.orderdesk.command.order;

import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Record an order received on an e-commerce channel; the aggregate computes the line and order totals. */
public record RecordOrder(
        @TargetAggregateIdentifier String orderId,
        Actor actor,
        String externalOrderNumber,
        String salesChannel,
        Instant orderedAt,
        String currency,
        List<Line> lines,
        CustomerContact customer,
        String buyerNote,
        List<String> tags) {

    public RecordOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A requested line: what was bought, how many, at what unit price. */
    public record Line(String sku, String title, int quantity, BigDecimal unitPrice) {
    }
}
