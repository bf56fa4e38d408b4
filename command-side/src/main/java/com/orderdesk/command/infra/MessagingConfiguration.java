package com.orderdesk.command.infra;

import com.orderdesk.command.caller.RequestMetadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Copies request metadata and correlation/causation ids from each command onto the events it causes. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    // Declaring any provider replaces Axon's default, so the origin provider is declared explicitly too.
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider requestMetadataProvider() {
        return new SimpleCorrelationDataProvider(RequestMetadata.PROPAGATED_KEYS.toArray(String[]::new));
    }
}
