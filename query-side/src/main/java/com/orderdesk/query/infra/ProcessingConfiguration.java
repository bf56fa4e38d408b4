package com.orderdesk.query.infra;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.util.Map;

/**
 * Maps Axon's JDBC components onto our tables: the event store (owned and migrated by the command side, read
 * here) and the token store and dead-letter queue of this side's processors (migration V1 of this module).
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /**
     * Axon's ReplayToken declares class-named polymorphic {@code Object} fields; Jackson 3 refuses those unless a
     * validator allows the subtypes. Only Axon's own types (the tracking tokens) are allowed, nothing else.
     */
    @Bean
    Jackson3SerializerCustomizer trackingTokenTypes() {
        return mapper -> mapper.polymorphicTypeValidator(
                BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.").build());
    }

    /**
     * No correlation data: Axon's default provider reads every handled event's metadata (deserialising and unsealing
     * it) to copy its ids onto the messages the handler sends, for every event and processor, 6% of a rebuild's
     * CPU. The query side sends no commands or events; its only messages are subscription-query updates that never
     * leave this process.
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }

    /**
     * A dead letter records the failure as it was: Axon's default policy wraps it in a {@code ThrowableCause} (to
     * truncate the message), and the JDBC queue wraps that again when a retry fails, so the admin would read
     * "ThrowableCause" instead of what failed. The column holds the whole message (query migration V17).
     */
    @Bean
    ConfigurerModule deadLettersKeepTheirCause() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultDeadLetterPolicy(
                config -> (letter, cause) -> Decisions.enqueue(cause)));
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

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                          .setTokenTable("query_side.token_entry")
                          .setProcessorNameColumn("processor_name")
                          .setSegmentColumn("segment")
                          .setTokenColumn("token")
                          .setTokenTypeColumn("token_type")
                          .setTimestampColumn("time_stamp")
                          .setOwnerColumn("owner")
                          .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                               .deadLetterTable("query_side.dead_letter_entry")
                               .deadLetterIdentifierColumn("dead_letter_id")
                               .processingGroupColumn("processing_group")
                               .sequenceIdentifierColumn("sequence_identifier")
                               .sequenceIndexColumn("sequence_index")
                               .messageTypeColumn("message_type")
                               .eventIdentifierColumn("event_identifier")
                               .timestampColumn("time_stamp")
                               .payloadTypeColumn("payload_type")
                               .payloadRevisionColumn("payload_revision")
                               .payloadColumn("payload")
                               .metaDataColumn("meta_data")
                               .aggregateTypeColumn("aggregate_type")
                               .aggregateIdentifierColumn("aggregate_identifier")
                               .sequenceNumberColumn("sequence_number")
                               .tokenTypeColumn("token_type")
                               .tokenColumn("token")
                               .enqueuedAtColumn("enqueued_at")
                               .lastTouchedColumn("last_touched")
                               .processingStartedColumn("processing_started")
                               .causeTypeColumn("cause_type")
                               .causeMessageColumn("cause_message")
                               .diagnosticsColumn("diagnostics")
                               .build();
    }
}
