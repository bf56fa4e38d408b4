package com.orderdesk.web.problem;

import java.net.URI;

/**
 * A problem details body (RFC 9457) for answers written before Spring MVC, where no message converter runs: the
 * query-string guard and Tomcat's own refusals. Only fixed texts go in, so no escaping is needed.
 */
final class RawProblem {

    static final String CONTENT_TYPE = "application/problem+json";

    private RawProblem() {
    }

    static String json(URI type, String title, int status, String detail) {
        return "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
               + detail + "\"}";
    }
}
