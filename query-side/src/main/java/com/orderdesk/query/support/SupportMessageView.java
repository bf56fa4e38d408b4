package com.orderdesk.query.support;

import java.time.Instant;

/** One message of a request's thread: the requester's MESSAGE or FOLLOW_UP, or an admin's ANSWER. */
public record SupportMessageView(String kind, String authorId, String text, Instant at) {
}
