package com.orderdesk.events.order;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.CUSTOMER;

/** The customer's contact details were corrected; the event holds the new values. */
@Revision("1")
public record CustomerContactCorrected(
        String orderId,
        String workspaceId,
        @PersonalData(subject = CUSTOMER, idFrom = "orderId") CustomerContact customer) {
}
