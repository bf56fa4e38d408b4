package com.orderdesk.query.task;

import java.util.Set;

/**
 * Board filters; null means "any". A card matches when every one of {@code assigneeIds} is assigned to it;
 * {@code text} matches title or description.
 */
record TaskFilter(Set<String> assigneeIds, String label, String orderId, Boolean overdue, String text) {

    static final TaskFilter NONE = new TaskFilter(Set.of(), null, null, null, null);

    TaskFilter {
        assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
    }
}
