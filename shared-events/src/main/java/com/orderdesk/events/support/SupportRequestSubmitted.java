package com.orderdesk.events.support;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/**
 * A user asked the platform for something; it is to be answered by {@code dueAt} (7 days after submission).
 * {@code accountId} is the requester, on every support event; subject and message are the requester's words.
 */
@Revision("1")
public record SupportRequestSubmitted(
        String requestId,
        String accountId,
        String workspaceId,
        SupportRequestKind kind,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String subject,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String message,
        Instant submittedAt,
        Instant dueAt) {
}
