package com.orderdesk.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.Map;

/**
 * Refuses NUL characters in request parameters and path variables (400 problem), and in JSON bodies through
 * {@link NoNulStringsModule}: PostgreSQL text cannot hold them.
 */
@AutoConfiguration
public class NulParameterGuard implements WebMvcConfigurer, HandlerInterceptor {

    @Bean
    NoNulStringsModule noNulStringsModule() {
        return new NoNulStringsModule();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean inParameters = request.getParameterMap().values().stream().flatMap(Arrays::stream)
                                      .anyMatch(NulParameterGuard::hasNul);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        boolean inPath = variables instanceof Map<?, ?> map
                         && map.values().stream().anyMatch(v -> v instanceof String s && hasNul(s));
        if (inParameters || inPath) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "NUL characters are not allowed in requests");
        }
        return true;
    }

    private static boolean hasNul(String value) {
        return value.indexOf('\0') >= 0;
    }
}
