package com.orderdesk.query.support;

import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.events.support.SupportRequestStatus;

import java.time.Instant;

/**
 * A support request as listed: {@code overdue} when it is open past its due date; {@code closedAt} is when it
 * was closed or withdrawn; {@code version} is the aggregate version to send in {@code If-Match}.
 */
public record SupportRequestView(String requestId, SupportRequestKind kind, SupportRequestStatus status,
                                 String subject, String requesterId, String requesterName, String workspaceId,
                                 Instant submittedAt, Instant dueAt, boolean overdue, Instant answeredAt,
                                 Instant closedAt, String resolution, long version) {
}
