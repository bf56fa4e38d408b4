package com.orderdesk.events.support;

/** What a support request asks for: one of the privacy rights, or a plain question. */
public enum SupportRequestKind {
    /** Access to, or a copy of, the requester's data. */
    ACCESS,
    /** Correction of the requester's data. */
    CORRECTION,
    /** Deletion of the requester's data or account. */
    DELETION,
    /** Anything else. */
    QUESTION
}
