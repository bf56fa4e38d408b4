package com.orderdesk.query.notification;

/** What a live inbox hears: a new notification (null when only the unread count changed) and the unread count. */
public record InboxUpdate(NotificationView notification, long unreadCount) {
}
