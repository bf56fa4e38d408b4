package com.orderdesk.events.support;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/** An admin closed the request with a resolution (what was done), shown to the requester. */
@Revision("1")
public record SupportRequestClosed(String requestId, String accountId, String workspaceId, String closedBy,
                                   @PersonalData(subject = ACCOUNT, idFrom = "accountId") String resolution) {
}
