package com.orderdesk.command.web;

import java.net.URI;

/** Stable {@code type} URIs of the problem details this API answers with (RFC 9457). */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI ORDER_RULE_VIOLATED = of("order-rule-violated");
    public static final URI DUPLICATE_EXTERNAL_ORDER_NUMBER = of("duplicate-external-order-number");
    public static final URI INTERNAL_ERROR = of("internal-error");

    private ProblemTypes() {
    }

    private static URI of(String slug) {
        return URI.create("urn:orderdesk:problem:" + slug);
    }
}
