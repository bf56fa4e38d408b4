package com.orderdesk.command.operations;

import com.orderdesk.command.caller.RequestMetadata;
import com.orderdesk.events.operations.DeadLettersEvicted;
import com.orderdesk.web.caller.Actor;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform admin gives up on parked events of a projection (ADMIN only). The decision is recorded as an event,
 * so it is in the audit trail and the signed chain; the query side, which owns the dead-letter queues, carries it
 * out when it reads that event (the parked letters are listed and retried there: GET/POST /api/admin/dead-letters).
 */
@RestController
@Validated
@RequestMapping("/api/admin/dead-letters")
class DeadLetterEvictionController {

    /** What to drop and why. Without {@code letterId}, every letter of the sequence parked until now. */
    record Eviction(@Schema(example = "5b0a7f5e-3c1d-4f0e-9a51-1f2b3c4d5e6f")
                    @NotBlank @Pattern(regexp = "[A-Za-z0-9:_.-]{1,255}") String sequence,
                    @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String letterId,
                    @Schema(example = "Order created by a faulty import; the merchant recorded it again")
                    @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cc}\\p{Cf}]*",
                                                        message = "must be one line of text") String reason) {
    }

    /** The recorded eviction: the event's id names it in the audit trail. */
    record EvictionRecorded(String eventId, String projection, String sequence, String letterId) {
    }

    private final EventGateway events;
    private final RequestMetadata metadata;

    DeadLetterEvictionController(EventGateway events, RequestMetadata metadata) {
        this.events = events;
        this.metadata = metadata;
    }

    /**
     * Evicts the dead letters of one sequence (or one letter of it) from a projection's queue, with a reason.
     * <p>
     * Accepted when recorded; the letters leave the queue when the query side has read the decision.
     */
    @PostMapping("/{projection}/evictions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EvictionRecorded evict(Actor admin, @PathVariable @Pattern(regexp = "[a-z-]{1,40}") String projection,
                           @Valid @RequestBody Eviction body) {
        EventMessage<DeadLettersEvicted> event = GenericEventMessage.asEventMessage(new DeadLettersEvicted(
                admin.accountId(), projection, body.sequence(), body.letterId(), body.reason().strip()));
        events.publish(event.andMetaData(metadata.current().orElse(MetaData.emptyInstance())));
        return new EvictionRecorded(event.getIdentifier(), projection, body.sequence(), body.letterId());
    }
}
