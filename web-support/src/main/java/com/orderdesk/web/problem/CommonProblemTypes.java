package com.orderdesk.web.problem;

import java.net.URI;

/** Stable {@code type} URIs (RFC 9457) that both apps answer with; each app adds its own through {@link #of}. */
public final class CommonProblemTypes {

    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI INTERNAL_ERROR = of("internal-error");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");

    private CommonProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create("urn:orderdesk:problem:" + slug);
    }
}
