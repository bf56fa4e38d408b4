package com.orderdesk.query.support;

import java.util.List;

/** A page of support requests; {@code nextCursor} is null on the last page. */
public record SupportRequestPage(List<SupportRequestView> items, String nextCursor) {
}
