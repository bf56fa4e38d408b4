package com.orderdesk.query.notification;

/** One account's inbox as a subscription query: initial result its unread count, then every change. */
public record FetchInbox(String recipientId) {
}
