package com.orderdesk.query.support;

import java.util.List;

/** A support request with its whole thread, oldest message first. */
public record SupportRequestDetailView(SupportRequestView request, List<SupportMessageView> messages) {
}
