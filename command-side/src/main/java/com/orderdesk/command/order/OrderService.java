package com.orderdesk.command.order;

import com.orderdesk.command.web.IdempotentRequests;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/** Sends order commands; creation is idempotent per {@code Idempotency-Key} within one transaction. */
@Service
public class OrderService {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final IdempotentRequests idempotentRequests;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderService(CommandGateway commands, EventStore eventStore, IdempotentRequests idempotentRequests) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.idempotentRequests = idempotentRequests;
    }

    /** Records an order; with a key, a retry of the same request answers the first result again. */
    @Transactional
    public IdempotentRequests.Answer record(String workspaceId, String idempotencyKey, RecordOrderRequest request,
                                           MetaData metadata) {
        if (idempotencyKey == null) {
            return recordOnce(workspaceId, request, metadata);
        }
        return idempotentRequests.once(workspaceId, idempotencyKey, json.writeValueAsString(request),
                                       () -> recordOnce(workspaceId, request, metadata));
    }

    long update(Object command, MetaData metadata) {
        Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        return version;
    }

    private IdempotentRequests.Answer recordOnce(String workspaceId, RecordOrderRequest request, MetaData metadata) {
        String orderId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(request.toCommand(orderId, workspaceId))
                                                  .andMetaData(metadata));
        long version = eventStore.lastSequenceNumberFor(orderId).orElseThrow();
        return new IdempotentRequests.Answer(201, json.writeValueAsString(new OrderVersion(orderId, version)), false);
    }
}
