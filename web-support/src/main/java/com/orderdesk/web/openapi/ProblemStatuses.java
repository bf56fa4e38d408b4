package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 4xx problem answers an operation can give, derived from what it is: who may call it, what it takes, and
 * which preconditions it checks. The statuses are those of the apps' problem-details advices and security
 * entry points.
 */
final class ProblemStatuses {

    private ProblemStatuses() {
    }

    static Set<Integer> of(String method, Operation operation, boolean authenticated) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        Set<Integer> statuses = new TreeSet<>();
        if (authenticated) {
            statuses.add(401); // no, expired or revoked token
            statuses.add(403); // the caller's role may not do this
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            statuses.add(404); // nothing with that id in the caller's workspace
        }
        if (!parameters.isEmpty() || hasBody) {
            statuses.add(400); // malformed parameter, header or body (also NUL characters)
        }
        if (hasBody) {
            statuses.add(415); // a body in a media type the operation does not take
        }
        if (!"GET".equals(method)) {
            statuses.add(422); // a change that breaks a business rule
        }
        if (hasHeader(parameters, "If-Match")) {
            statuses.add(409); // the change is not allowed in the current state
            statuses.add(412); // stale version
            statuses.add(428); // If-Match missing
        }
        return statuses;
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }
}
