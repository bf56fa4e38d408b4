package com.orderdesk.query.order;

import com.orderdesk.events.order.OrderRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Projects order events into the order list and order detail read model. */
@Component
@ProcessingGroup(OrderListProjection.PROCESSING_GROUP)
class OrderListProjection {

    static final String PROCESSING_GROUP = "order-list";

    private final OrderListRepository orders;

    OrderListProjection(OrderListRepository orders) {
        this.orders = orders;
    }

    @EventHandler
    void on(OrderRecorded event, @Timestamp Instant recordedAt, @SequenceNumber long version) {
        orders.insertRecorded(event, recordedAt, version);
    }
}
