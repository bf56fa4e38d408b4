package com.orderdesk.console.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * CSRF defence beside the cookie's SameSite=Strict: an unsafe request to the API or the session endpoint that a
 * browser marks as coming from another site ({@code Sec-Fetch-Site}, {@code Origin}) is refused before it is
 * relayed. A request with neither header (curl, a program) passes: no browser sent it on someone's behalf.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class CrossSiteCheck extends OncePerRequestFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (applies(request) && isCrossSite(request)) {
            Problems.write(response, 403, "forbidden", "Forbidden", "cross-site request");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean applies(HttpServletRequest request) {
        String path = request.getRequestURI();
        return UNSAFE.contains(request.getMethod())
               && (path.startsWith("/api/") || path.equals("/console/session"));
    }

    /** True when the browser says the request came from another site or origin. */
    public static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(Origins.of(request));
    }
}
