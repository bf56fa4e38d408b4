package com.orderdesk.console.web;

import jakarta.servlet.http.HttpServletRequest;

/** The origin the browser addressed, as seen through any proxy in front of the edge. */
public final class Origins {

    private Origins() {
    }

    /** {@code https} when the request came over TLS here or at a proxy in front ({@code X-Forwarded-Proto}). */
    public static String scheme(HttpServletRequest request) {
        String forwarded = first(request.getHeader("X-Forwarded-Proto"));
        return forwarded != null ? forwarded.toLowerCase(java.util.Locale.ROOT) : request.getScheme();
    }

    /** host[:port] the browser addressed ({@code X-Forwarded-Host}, else {@code Host}). */
    public static String host(HttpServletRequest request) {
        String forwarded = first(request.getHeader("X-Forwarded-Host"));
        if (forwarded != null) {
            return forwarded;
        }
        String host = request.getHeader("Host");
        return host != null ? host : request.getServerName() + ":" + request.getServerPort();
    }

    /** scheme://host[:port]. */
    public static String of(HttpServletRequest request) {
        return scheme(request) + "://" + host(request);
    }

    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || "https".equals(scheme(request));
    }

    private static String first(String list) {
        if (list == null || list.isBlank()) {
            return null;
        }
        int comma = list.indexOf(',');
        return (comma < 0 ? list : list.substring(0, comma)).strip();
    }
}
