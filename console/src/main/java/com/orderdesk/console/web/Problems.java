package com.orderdesk.console.web;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes RFC 9457 problem details straight to a response, for answers made outside a controller's return. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** Answers {@code status} with a problem of type {@code urn:orderdesk:problem:<type>}; no stack trace. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:orderdesk:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
