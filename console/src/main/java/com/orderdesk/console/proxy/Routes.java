package com.orderdesk.console.proxy;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;

/**
 * Which app answers an API request, by method and path. The query side's operations are listed one by one (taken
 * from its controllers); everything else under {@code /api/} is the command side's, including its few reads
 * (attachments, the audit history and chain, the erasure report). ConsoleEdgeSystemTest checks this table against
 * both apps' OpenAPI documents, so an operation added to the query side and not here fails the build.
 */
public final class Routes {

    private record Route(HttpMethod method, PathPattern pattern) {
    }

    private static final List<Route> QUERY_SIDE = List.of(
            get("/api/orders"),
            get("/api/orders/{orderId}"),
            get("/api/orders/live"),
            get("/api/orders/{orderId}/live"),
            get("/api/tasks/board"),
            get("/api/tasks/board/live"),
            get("/api/tasks/{taskId}"),
            get("/api/notifications"),
            get("/api/notifications/unread-count"),
            get("/api/notifications/live"),
            post("/api/notifications/{notificationId}/read"),
            post("/api/notifications/read-all"),
            get("/api/reports/orders"),
            get("/api/reports/tasks"),
            get("/api/reports/operations"),
            get("/api/audit"),
            get("/api/audit/export"),
            get("/api/me"),
            get("/api/me/logins"),
            get("/api/me/export"),
            post("/api/customers/export"),
            get("/api/workspace"),
            get("/api/workspace/members"),
            get("/api/workspace/members/{accountId}/logins"),
            get("/api/support/requests"),
            get("/api/support/requests/{requestId}"),
            get("/api/admin/support/requests"),
            get("/api/admin/support/requests/{requestId}"),
            get("/api/admin/projections"),
            post("/api/admin/projections/{name}/rebuild"),
            get("/api/admin/dead-letters"),
            get("/api/admin/dead-letters/{projection}"),
            post("/api/admin/dead-letters/{projection}/retries"));

    private Routes() {
    }

    /** The side for a request; {@code path} is the request's path without the query string. */
    public static Side sideFor(String method, String path) {
        // HEAD is answered like GET by both apps.
        HttpMethod asked = "HEAD".equalsIgnoreCase(method) ? HttpMethod.GET : HttpMethod.valueOf(method.toUpperCase());
        PathContainer container = PathContainer.parsePath(path);
        for (Route route : QUERY_SIDE) {
            if (route.method().equals(asked) && route.pattern().matches(container)) {
                return Side.QUERY;
            }
        }
        return Side.COMMAND;
    }

    private static Route get(String pattern) {
        return new Route(HttpMethod.GET, PathPatternParser.defaultInstance.parse(pattern));
    }

    private static Route post(String pattern) {
        return new Route(HttpMethod.POST, PathPatternParser.defaultInstance.parse(pattern));
    }
}
