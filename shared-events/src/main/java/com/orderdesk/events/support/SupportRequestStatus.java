package com.orderdesk.events.support;

/** Where a support request stands: OPEN → ANSWERED → CLOSED; a follow-up reopens; the requester may withdraw. */
public enum SupportRequestStatus {
    OPEN,
    ANSWERED,
    CLOSED,
    WITHDRAWN
}
