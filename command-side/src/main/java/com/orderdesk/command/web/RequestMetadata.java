package com.orderdesk.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sent a command and from where: attached to every command and copied onto every event it causes, so the
 * audit trail is a projection of the events themselves.
 */
public final class RequestMetadata {

    public static final String CLIENT_IP = "clientIp";
    public static final String USER_AGENT = "userAgent";
    public static final String REQUEST_ID = "requestId";

    /** Keys copied from a command to the events it causes (alongside Axon's correlation and causation ids). */
    public static final List<String> PROPAGATED_KEYS = List.of(CLIENT_IP, USER_AGENT, REQUEST_ID);

    private static final int MAX_USER_AGENT_LENGTH = 512;

    private RequestMetadata() {
    }

    public static MetaData of(HttpServletRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put(CLIENT_IP, request.getRemoteAddr());
        values.put(REQUEST_ID, RequestIdFilter.requestId(request));
        String userAgent = request.getHeader("User-Agent");
        if (userAgent != null) {
            values.put(USER_AGENT, userAgent.length() > MAX_USER_AGENT_LENGTH
                    ? userAgent.substring(0, MAX_USER_AGENT_LENGTH) : userAgent);
        }
        return MetaData.from(values);
    }
}
