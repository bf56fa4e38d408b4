package com.orderdesk.query.web;

import java.net.URI;

/** Stable {@code type} URIs of the problem details the query API answers with (RFC 9457). */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI INTERNAL_ERROR = of("internal-error");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");

    private ProblemTypes() {
    }

    private static URI of(String slug) {
        return URI.create("urn:orderdesk:problem:" + slug);
    }
}
