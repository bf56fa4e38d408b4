package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/** The account holder corrected their profile; the fields hold the new values. */
@Revision("1")
public record ProfileRectified(String accountId, String displayName, String mobile) {
}
