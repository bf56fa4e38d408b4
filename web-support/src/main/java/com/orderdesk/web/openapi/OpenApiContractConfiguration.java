package com.orderdesk.web.openapi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Puts the OpenAPI contract customizer into every app that has this module, with the app's own rules. */
@AutoConfiguration
@ConditionalOnWebApplication
public class OpenApiContractConfiguration {

    @Bean
    OpenApiContractCustomizer openApiContractCustomizer(ObjectProvider<ApiContractRules> rules,
                                                        @Value("${spring.application.name:}") String title) {
        return new OpenApiContractCustomizer(rules.getIfAvailable(ApiContractRules::new), title);
    }
}
