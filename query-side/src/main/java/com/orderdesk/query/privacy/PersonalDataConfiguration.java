package com.orderdesk.query.privacy;

import com.orderdesk.personaldata.CryptoShreddingSerializer;
import com.orderdesk.personaldata.JdbcSubjectKeys;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Events are written and read by a serializer that seals their personal data with per-subject keys
 * (crypto-shredding). This side only reads keys. It caches them for seconds and {@link ErasedKeys} forgets one
 * as soon as its erasure is seen; a segment that opened an event in those seconds may still copy it after the
 * projection's scrub (docs/privacy.md says so), never after the cache time.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    JdbcSubjectKeys subjectKeys(ConnectionProvider connections, Clock clock,
                                @Value("${orderdesk.privacy.key-cache-time:PT5S}") Duration cacheFor) {
        return new JdbcSubjectKeys(connections, clock, cacheFor);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(JdbcSubjectKeys keys, RevisionResolver revisions, Clock clock) {
        return CryptoShreddingSerializer.sealingWith(keys, revisions, clock);
    }
}
