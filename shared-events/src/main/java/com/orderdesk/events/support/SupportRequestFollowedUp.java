package com.orderdesk.events.support;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The requester added a message; the request is open again and due by {@code dueAt} (unchanged when it was still
 * unanswered, otherwise 7 days after the follow-up).
 */
@Revision("1")
public record SupportRequestFollowedUp(String requestId, String accountId, String workspaceId, String message,
                                       Instant dueAt) {
}
