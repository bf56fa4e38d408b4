package com.orderdesk.events.order;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.orderdesk.events.privacy.DataSubject.CUSTOMER;

/**
 * An order from an e-commerce channel was recorded in a workspace.
 *
 * @param orderedAt when the customer placed the order on the channel (may be null when the channel did not say)
 * @param total     exact sum of the line totals, computed by the aggregate
 * @param customer  the buyer's contact details (personal data); may be null
 */
@Revision("2")
public record OrderRecorded(
        String orderId,
        String workspaceId,
        String externalOrderNumber,
        String salesChannel,
        Instant orderedAt,
        String currency,
        List<OrderLine> lines,
        BigDecimal total,
        @PersonalData(subject = CUSTOMER, idFrom = "orderId") CustomerContact customer,
        @PersonalData(subject = CUSTOMER, idFrom = "orderId") String buyerNote,
        List<String> tags) {

    public OrderRecorded {
        lines = List.copyOf(lines);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
