package com.orderdesk.command.refusal;

import com.orderdesk.web.problem.CommonProblemTypes;

import java.net.URI;

/** Stable {@code type} URIs of the command side's own refusals (RFC 9457); the common ones are in web-support. */
public final class ProblemTypes {

    public static final URI ORDER_RULE_VIOLATED = of("order-rule-violated");
    public static final URI DUPLICATE_EXTERNAL_ORDER_NUMBER = of("duplicate-external-order-number");
    public static final URI INVALID_CREDENTIALS = of("invalid-credentials");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI EVENT_STORE_UNSUPPORTED = of("event-store-unsupported");
    public static final URI ACCOUNT_RULE_VIOLATED = of("account-rule-violated");
    public static final URI IDENTIFIER_TAKEN = of("identifier-taken");
    public static final URI WEAK_PASSWORD = of("weak-password");
    public static final URI ILLEGAL_TRANSITION = of("illegal-status-transition");
    public static final URI STALE_VERSION = of("stale-version");
    public static final URI PRECONDITION_REQUIRED = of("precondition-required");
    public static final URI INVALID_IDEMPOTENCY_KEY = of("invalid-idempotency-key");
    public static final URI INVALID_IMPORT_FILE = of("invalid-import-file");
    public static final URI TASK_RULE_VIOLATED = of("task-rule-violated");
    public static final URI SUPPORT_RULE_VIOLATED = of("support-rule-violated");

    private ProblemTypes() {
    }

    private static URI of(String slug) {
        return CommonProblemTypes.of(slug);
    }
}
