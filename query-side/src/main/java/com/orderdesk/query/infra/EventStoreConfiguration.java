package com.orderdesk.query.infra;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The event store the projections read: Axon's embedded one (as Axon's auto-configuration would build it), woken
 * by PostgreSQL notifications of appends unless {@code orderdesk.events.listen-notify} is false, which leaves
 * Axon's polling alone (the benchmark compares the two). Between notifications it still polls every
 * {@code orderdesk.events.poll-interval}, the fallback should a notification be lost. Its streams call the pooled
 * processors back when new events were read unless {@code orderdesk.events.availability-callbacks} is false (then
 * Axon's processors look every 500 ms). With Axon Server (profile
 * {@code axonserver}) none of this applies: Axon Server is the event store and pushes new events itself.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class EventStoreConfiguration {

    /**
     * Axon's JDBC auto-configuration steps back as soon as an event store is declared, so the storage engine is
     * declared here too, configured as Axon's auto-configuration would.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions, EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                                     .snapshotSerializer(serializer)
                                     .eventSerializer(events)
                                     .upcasterChain(axon.upcasterChain())
                                     .snapshotFilter(axon.snapshotFilter())
                                     .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                                     .connectionProvider(connections)
                                     .transactionManager(transactions)
                                     .schema(schema)
                                     .build();
    }

    @Bean
    WakeableEventStore eventStore(EventStorageEngine storageEngine, Configuration axon,
                                  @Value("${orderdesk.events.poll-interval:PT1S}") Duration pollInterval,
                                  @Value("${orderdesk.events.availability-callbacks:true}") boolean callbacks) {
        return new WakeableEventStore(EmbeddedEventStore.builder()
                                                        .storageEngine(storageEngine)
                                                        .fetchDelay(pollInterval.toMillis())
                                                        .messageMonitor(axon.messageMonitor(EventStore.class,
                                                                                            "eventStore"))
                                                        .spanFactory(axon.getComponent(EventBusSpanFactory.class)),
                                      callbacks);
    }

    @Bean
    @ConditionalOnProperty(name = "orderdesk.events.listen-notify", havingValue = "true", matchIfMissing = true)
    EventAppendListener eventAppendListener(DataSource dataSource, WakeableEventStore eventStore) {
        return new EventAppendListener(dataSource, eventStore);
    }

    @Bean
    @ConditionalOnProperty(name = "orderdesk.events.availability-callbacks", havingValue = "true",
                           matchIfMissing = true)
    NewEventSignal newEventSignal(WakeableEventStore eventStore,
                                  @Value("${orderdesk.events.signal-coalesce:PT0.05S}") Duration coalesce) {
        return new NewEventSignal(eventStore, coalesce);
    }
}
