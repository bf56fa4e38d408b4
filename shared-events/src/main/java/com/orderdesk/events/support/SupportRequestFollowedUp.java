package com.orderdesk.events.support;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/**
 * The requester added a message; the request is open again and due by {@code dueAt} (unchanged when it was still
 * unanswered, otherwise 7 days after the follow-up).
 */
@Revision("1")
public record SupportRequestFollowedUp(
        String requestId,
        String accountId,
        String workspaceId,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String message,
        Instant dueAt) {
}
