package com.orderdesk.query.order;

import java.time.Instant;
import java.util.Set;

/**
 * What the order list is narrowed to. Null or empty parts do not filter.
 *
 * @param from order time (the channel's, or the recording time when it gave none), inclusive
 * @param to   order time, exclusive
 * @param text part of the external order number or the customer's name, case-insensitive
 * @param assigneeId an account assigned to a task linked to the order
 */
record OrderFilter(Set<String> statuses, String channel, String tag, Instant from, Instant to, String text,
                   String assigneeId) {
}
