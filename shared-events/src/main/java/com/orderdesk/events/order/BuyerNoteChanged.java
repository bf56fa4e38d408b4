package com.orderdesk.events.order;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.CUSTOMER;

/** The buyer's note (as given on the channel) was corrected. */
@Revision("1")
public record BuyerNoteChanged(
        String orderId,
        String workspaceId,
        @PersonalData(subject = CUSTOMER, idFrom = "orderId") String buyerNote) {
}
