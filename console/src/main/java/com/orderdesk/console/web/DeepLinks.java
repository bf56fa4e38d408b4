package com.orderdesk.console.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The console routes on the client ({@code /orders/123}, {@code /tasks}): a browser navigation to such a path,
 * one that is no API call, static file or WebJar, gets the index page, whose script then shows the view.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DeepLinks extends OncePerRequestFilter {

    private static final List<String> NOT_PAGES = List.of("/api/", "/webjars/", "/console/", "/actuator/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isDeepLink(request)) {
            request.getRequestDispatcher(IndexPage.PATH).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isDeepLink(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
               && accept != null && accept.contains("text/html")
               && !path.equals("/") && !path.equals(IndexPage.PATH) && !path.equals("/api")
               && NOT_PAGES.stream().noneMatch(path::startsWith)
               && !isStaticFile(path);
    }

    private static boolean isStaticFile(String path) {
        if (path.endsWith("/") || path.contains("..")) {
            return false;
        }
        return new ClassPathResource("static" + path).exists();
    }
}
