package com.orderdesk.console.proxy;

import com.orderdesk.console.web.Origins;
import jakarta.servlet.http.HttpServletRequest;

import java.net.http.HttpRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/** Which request headers the edge passes on, and the {@code X-Forwarded-*} ones it adds. */
public final class ForwardedHeaders {

    /**
     * Hop-by-hop headers, those HttpClient sets itself, the browser's cookies (the session cookie becomes an
     * Authorization header; no other cookie is the apps' business) and the forwarded ones, set anew below.
     */
    private static final Set<String> NOT_PASSED = Set.of(
            "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length",
            "expect", "cookie", "http2-settings", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host");

    private ForwardedHeaders() {
    }

    /** Copies the browser's headers that may pass and adds X-Forwarded-For/-Proto/-Host. */
    public static void copy(HttpServletRequest from, HttpRequest.Builder to) {
        for (String name : Collections.list(from.getHeaderNames())) {
            if (passes(name)) {
                for (String value : Collections.list(from.getHeaders(name))) {
                    to.header(name, value);
                }
            }
        }
        forwarded(from, to);
    }

    /** X-Forwarded-For with the browser's address appended; the scheme and host the browser addressed. */
    public static void forwarded(HttpServletRequest from, HttpRequest.Builder to) {
        String earlier = from.getHeader("X-Forwarded-For");
        String client = from.getRemoteAddr();
        to.header("X-Forwarded-For", earlier == null || earlier.isBlank() ? client : earlier + ", " + client);
        to.header("X-Forwarded-Proto", Origins.scheme(from));
        to.header("X-Forwarded-Host", Origins.host(from));
    }

    static boolean passes(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !NOT_PASSED.contains(lower) && !lower.startsWith("proxy-");
    }
}
