package com.orderdesk.command.order;

import com.orderdesk.command.common.Sha256;
import com.orderdesk.command.web.IdempotentRequests;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/** Sends order commands; creation is idempotent per {@code Idempotency-Key} within one transaction. */
@Service
public class OrderService {

    private final CommandGateway commands;
    private final IdempotentRequests idempotentRequests;
    private final AttachmentFiles attachments;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderService(CommandGateway commands, IdempotentRequests idempotentRequests, AttachmentFiles attachments) {
        this.commands = commands;
        this.idempotentRequests = idempotentRequests;
        this.attachments = attachments;
    }

    /** Records an order; with a key, a retry of the same request answers the first result again. */
    @Transactional
    public IdempotentRequests.Answer record(String workspaceId, String idempotencyKey, RecordOrderRequest request,
                                           MetaData metadata) {
        return idempotentRequests.onceIfKeyed(workspaceId, idempotencyKey, json.writeValueAsString(request),
                                              () -> recordOnce(workspaceId, request, metadata));
    }

    /** Stores the file and records the attachment in one transaction: both or neither. */
    @Transactional
    public long attach(String workspaceId, String orderId, long expectedVersion, String fileName, String contentType,
                       byte[] content, MetaData metadata) {
        AttachmentPolicy.check(fileName, contentType, content);
        String sha256 = Sha256.hex(content);
        var file = new AttachmentFiles.StoredFile(UUID.randomUUID().toString(), workspaceId, orderId, fileName,
                                                  contentType, content.length, sha256);
        long version = update(new AttachFile(orderId, expectedVersion, workspaceId, file.attachmentId(), fileName,
                                             contentType, content.length, sha256), metadata);
        attachments.store(file, content);
        return version;
    }

    /** Removes the attachment and deletes its bytes in one transaction. */
    @Transactional
    public long detach(String workspaceId, String orderId, long expectedVersion, String attachmentId,
                       MetaData metadata) {
        long version = update(new RemoveAttachment(orderId, expectedVersion, workspaceId, attachmentId), metadata);
        attachments.delete(attachmentId);
        return version;
    }

    long update(Object command, MetaData metadata) {
        Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        return version;
    }

    private IdempotentRequests.Answer recordOnce(String workspaceId, RecordOrderRequest request, MetaData metadata) {
        String orderId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(request.toCommand(orderId, workspaceId))
                                                  .andMetaData(metadata));
        // Recording applies exactly one event, so a new order is at version 0.
        return new IdempotentRequests.Answer(201, json.writeValueAsString(new OrderVersion(orderId, 0)), false);
    }
}
