package com.orderdesk.query.notification;

import java.util.List;

/** A page of the caller's inbox; {@code nextCursor} is null on the last page. */
public record InboxPage(List<NotificationView> items, String nextCursor, long unreadCount) {
}
