package com.orderdesk.command.infra;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC storage engine on the tables of migration V1 (schema {@code event_store}); with the
 * {@code axonserver} profile Axon Server is the event store and none of this is used.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /**
     * As Axon's auto-configuration would build it, but snapshots are written by the event serializer too: a
     * snapshot taken after a command carries that command's metadata (client IP, user agent), which must be
     * sealed like the events' (Axon would use its general serializer, which seals nothing).
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer events,
                                          org.axonframework.config.Configuration axon,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                                     .snapshotSerializer(events)
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
    EventSchema eventSchema() {
        return EventSchema.builder()
                          .eventTable("event_store.domain_event_entry")
                          .snapshotTable("event_store.snapshot_event_entry")
                          .globalIndexColumn("global_index")
                          .eventIdentifierColumn("event_identifier")
                          .aggregateIdentifierColumn("aggregate_identifier")
                          .sequenceNumberColumn("sequence_number")
                          .typeColumn("type")
                          .timestampColumn("time_stamp")
                          .payloadTypeColumn("payload_type")
                          .payloadRevisionColumn("payload_revision")
                          .payloadColumn("payload")
                          .metaDataColumn("meta_data")
                          .build();
    }
}
