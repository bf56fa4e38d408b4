package com.orderdesk.events.account;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/** The account holder corrected their profile; the fields hold the new values. */
@Revision("1")
public record ProfileRectified(
        String accountId,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String displayName,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String mobile) {
}
