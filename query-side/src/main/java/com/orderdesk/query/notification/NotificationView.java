package com.orderdesk.query.notification;

import java.time.Instant;

/**
 * An inbox entry. {@code subject} is the task title or order number it is about; {@code detail} says what
 * happened (a status move, a due date); {@code actorName} is who did it, when someone did.
 */
public record NotificationView(String notificationId, NotificationKind kind, String subject, String detail,
                               String taskId, String orderId, String actorId, String actorName, Instant createdAt,
                               boolean read) {
}
