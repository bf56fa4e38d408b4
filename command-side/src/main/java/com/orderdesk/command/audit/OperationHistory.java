package com.orderdesk.command.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An aggregate's history read from the event store itself (the source of truth, not a projection), with the
 * state after each event, up to a sequence number or a point in time when asked ("as of").
 */
@Component
public class OperationHistory {

    private final EventStore events;
    private final JsonMapper json = JsonMapper.builder().build();

    OperationHistory(EventStore events) {
        this.events = events;
    }

    /** One event of the history and the state it left behind. */
    public record Step(long sequence, Instant at, String eventType, String actorId, String actorRole,
                       String clientIp, JsonNode event, JsonNode stateAfter) {
    }

    /** The history up to the cut-off, and the state as of it; empty if there is no such aggregate. */
    public record History(String aggregateType, String aggregateId, String workspaceId, List<Step> steps,
                          JsonNode state) {
    }

    public Optional<History> of(String aggregateType, String aggregateId, Long asOfSequence, Instant asOf) {
        // From the first event: readEvents(id) would start at the latest snapshot, which is state, not history.
        List<? extends DomainEventMessage<?>> stored = events.readEvents(aggregateId, 0).asStream().toList();
        if (stored.isEmpty() || !aggregateType.equals(stored.get(0).getType())) {
            return Optional.empty();
        }
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        List<Step> steps = new ArrayList<>();
        for (DomainEventMessage<?> event : stored) {
            if ((asOfSequence != null && event.getSequenceNumber() > asOfSequence)
                || (asOf != null && event.getTimestamp().isAfter(asOf))) {
                break;
            }
            JsonNode payload = json.valueToTree(event.getPayload());
            String eventType = event.getPayloadType().getSimpleName();
            StateFolds.apply(state, event.getPayloadType(), payload);
            steps.add(new Step(event.getSequenceNumber(), event.getTimestamp(), eventType,
                               text(event, "actorId"), text(event, "actorRole"), text(event, "clientIp"), payload,
                               state.deepCopy()));
        }
        String workspaceId = json.valueToTree(stored.get(0).getPayload()).path("workspaceId").asString(null);
        return Optional.of(new History(aggregateType, aggregateId, workspaceId, steps, state));
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
