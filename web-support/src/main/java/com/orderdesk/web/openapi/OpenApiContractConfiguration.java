package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/** Puts the OpenAPI contract customizer into every app that has this module, with the app's own rules. */
@AutoConfiguration
@ConditionalOnWebApplication
public class OpenApiContractConfiguration {

    static {
        // springdoc knows Jackson 2's JsonNode as "any JSON value", not Jackson 3's (it would list its getters).
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
    }

    @Bean
    OpenApiContractCustomizer openApiContractCustomizer(ObjectProvider<ApiContractRules> rules,
                                                        @Value("${spring.application.name:}") String title) {
        return new OpenApiContractCustomizer(rules.getIfAvailable(ApiContractRules::new), title);
    }

    @Bean
    ArgumentHeaders argumentHeaders(ObjectProvider<ApiContractRules> rules) {
        ApiContractRules contract = rules.getIfAvailable(ApiContractRules::new);
        // Before the first document is built: resolved arguments are not query parameters or bodies.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(contract.resolvedArgumentTypes().toArray(Class<?>[]::new));
        return new ArgumentHeaders(contract);
    }
}
