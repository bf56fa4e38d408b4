package com.orderdesk.command.caller;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.List;

/**
 * Lets controller methods name the caller, the expected version and the idempotency key as plain arguments, and
 * documents the latter two as the headers they come from.
 */
@Configuration(proxyBeanMethods = false)
class CallerArguments implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, ExpectedVersion.class,
                                                             IdempotencyKey.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
        resolvers.add(new ExpectedVersionArgumentResolver());
        resolvers.add(new IdempotencyKeyArgumentResolver());
    }

    @Bean
    OperationCustomizer callerHeaders() {
        return (operation, handler) -> {
            if (takes(handler.getMethodParameters(), ExpectedVersion.class)) {
                operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(true)
                        .description("The ETag (version) you last read, e.g. \"3\"; a stale one answers 412")
                        .schema(new StringSchema().example("\"3\"")));
            }
            if (takes(handler.getMethodParameters(), IdempotencyKey.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER).required(false)
                        .description("Makes a retry safe: the same key and body answer the first result again")
                        .schema(new StringSchema().pattern("[A-Za-z0-9._:-]{1,128}")));
            }
            return operation;
        };
    }

    private static boolean takes(MethodParameter[] parameters, Class<?> type) {
        return Arrays.stream(parameters).anyMatch(p -> p.getParameterType() == type);
    }
}
