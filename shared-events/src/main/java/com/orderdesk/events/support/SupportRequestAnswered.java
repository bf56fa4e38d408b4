package com.orderdesk.events.support;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/** An admin answered the request; the answer is shown to the requester. */
@Revision("1")
public record SupportRequestAnswered(String requestId, String accountId, String workspaceId, String answeredBy,
                                     @PersonalData(subject = ACCOUNT, idFrom = "accountId") String answer) {
}
