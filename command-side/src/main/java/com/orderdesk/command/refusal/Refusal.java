package com.orderdesk.command.refusal;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the service refuses, for a reason the client can act on. Features extend one of the few kinds; the
 * problem-details advice maps the kind to its HTTP status once, with the feature's problem type, title, detail and
 * extra fields.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound, InvalidInput, Unauthenticated, Forbidden, Conflict, PreconditionRequired, RuleViolated,
                TooManyRequests, Unsupported {

    private final URI type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    Refusal(URI type, String title, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
    }

    /** The HTTP status of this kind of refusal. */
    public abstract int status();

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** What the client is told; by default the message. */
    public String detail() {
        return getMessage();
    }

    /** Extra problem fields (RFC 9457 extension members), in the order they were added. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** Extra response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }

    protected final void property(String name, Object value) {
        properties.put(name, value);
    }
}
