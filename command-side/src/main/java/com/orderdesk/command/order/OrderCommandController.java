package com.orderdesk.command.order;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
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
    private final RequestMetadata metadata;

    OrderCommandController(CommandGateway commands, EventStore eventStore, RequestMetadata metadata) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.metadata = metadata;
    }

    @PostMapping
    ResponseEntity<RecordedOrder> record(@AuthenticationPrincipal Jwt token,
                                         @Valid @RequestBody RecordOrderRequest body, HttpServletRequest request) {
        String orderId = UUID.randomUUID().toString();
        RecordOrder command = body.toCommand(orderId, Actor.of(token).workspaceId());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata.of(request)));
        long version = eventStore.lastSequenceNumberFor(orderId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/orders/" + orderId))
                             .eTag(Long.toString(version))
                             .body(new RecordedOrder(orderId, version));
    }
}
