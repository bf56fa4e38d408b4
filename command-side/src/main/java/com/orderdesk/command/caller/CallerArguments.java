package com.orderdesk.command.caller;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Lets controller methods name the expected version and the idempotency key as plain arguments (the caller, an
 * {@code Actor}, comes the same way from web-support). The OpenAPI document shows the headers behind them: see the
 * API contract rules.
 */
@Configuration(proxyBeanMethods = false)
class CallerArguments implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ExpectedVersionArgumentResolver());
        resolvers.add(new IdempotencyKeyArgumentResolver());
    }
}
