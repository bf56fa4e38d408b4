package com.orderdesk.query.support;

import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.events.support.SupportRequestStatus;

import java.util.Set;

/** Narrows the admins' queue; every part is optional (empty or null) and they combine. */
record SupportFilter(Set<SupportRequestStatus> statuses, SupportRequestKind kind, Boolean overdue,
                     String requesterId) {

    SupportFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
