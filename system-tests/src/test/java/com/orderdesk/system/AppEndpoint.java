package com.orderdesk.system;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An endpoint of a running app, found from its request mappings (so tests that walk every endpoint cover a new one
 * at once): its method, URL pattern, and the type of its JSON body (null without one).
 */
record AppEndpoint(String method, String pattern, Class<?> body) {

    static List<AppEndpoint> of(ConfigurableApplicationContext app) {
        RequestMappingHandlerMapping mapping =
                app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<AppEndpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Class<?> body = Arrays.stream(handler.getMethodParameters())
                                  .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                                  .map(MethodParameter::getParameterType).findFirst().orElse(null);
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/error")) { // Spring's error page, reached only by forwarding
                    info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(new AppEndpoint(method.name(), pattern, body)));
                }
            }
        });
        return endpoints;
    }
}
