package com.orderdesk.command.privacy;

import com.orderdesk.command.common.PrivacySettings;
import com.orderdesk.personaldata.CryptoShreddingSerializer;
import com.orderdesk.personaldata.JdbcSubjectKeys;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Events are written and read by a serializer that seals their personal data with per-subject keys
 * (crypto-shredding); replacing Axon's {@code eventSerializer} covers payloads, metadata and snapshots.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacySettings.class)
class PersonalDataConfiguration {

    @Bean
    JdbcSubjectKeys subjectKeys(ConnectionProvider connections, Clock clock,
                                @Value("${orderdesk.privacy.key-cache-time:PT1M}") Duration cacheFor) {
        return new JdbcSubjectKeys(connections, clock, cacheFor);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(JdbcSubjectKeys keys, RevisionResolver revisions, Clock clock) {
        return CryptoShreddingSerializer.sealingWith(keys, revisions, clock);
    }

    /**
     * Erasure's bookkeeping runs in the transaction that records the erasure; a failure there (say, the key not
     * destroyed) must fail that transaction, not be logged and skipped as Axon does by default.
     */
    @Bean
    ConfigurerModule erasureBookkeepingFailsTheErasure() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                ErasureBookkeeping.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
