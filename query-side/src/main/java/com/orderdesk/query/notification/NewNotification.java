package com.orderdesk.query.notification;

import java.time.Instant;

/**
 * A notification to write. {@code sourceKey} names its cause (an event, or a task's due date for reminders);
 * one recipient gets one notification per source key, however often the cause is seen.
 */
record NewNotification(String recipientId, String sourceKey, NotificationKind kind, String workspaceId,
                       String taskId, String orderId, String actorId, String subject, String detail,
                       Instant createdAt) {
}
