package com.orderdesk.command.order;

import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Order commands over HTTP. Reads live on the query side under the same paths. */
@RestController
@RequestMapping("/api/orders")
class OrderCommandController {

    private final CommandGateway commands;
    private final EventStore eventStore;

    OrderCommandController(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @PostMapping
    ResponseEntity<RecordedOrder> record(@Valid @RequestBody RecordOrderRequest body, HttpServletRequest request) {
        String orderId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(body.toCommand(orderId))
                                                  .andMetaData(RequestMetadata.of(request)));
        long version = eventStore.lastSequenceNumberFor(orderId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/orders/" + orderId))
                             .eTag(Long.toString(version))
                             .body(new RecordedOrder(orderId, version));
    }
}
