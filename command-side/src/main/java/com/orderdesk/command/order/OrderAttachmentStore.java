package com.orderdesk.command.order;

import com.orderdesk.command.common.Sha256;
import com.orderdesk.command.web.Commands;
import com.orderdesk.web.caller.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Attaches files to orders: the attachment event and the file's bytes are stored in one transaction, or neither. */
@Service
class OrderAttachmentStore {

    private final Commands commands;
    private final AttachmentFiles files;

    OrderAttachmentStore(Commands commands, AttachmentFiles files) {
        this.commands = commands;
        this.files = files;
    }

    /** Stores the file and records the attachment; answers the order's new version. */
    @Transactional
    long attach(Actor actor, String orderId, long expectedVersion, String fileName, String contentType,
                byte[] content) {
        AttachmentPolicy.check(fileName, contentType, content);
        String sha256 = Sha256.hex(content);
        var file = new AttachmentFiles.StoredFile(UUID.randomUUID().toString(), actor.workspaceId(), orderId,
                                                  fileName, contentType, content.length, sha256);
        long version = commands.send(new AttachFile(orderId, expectedVersion, actor, file.attachmentId(), fileName,
                                                    contentType, content.length, sha256));
        files.store(file, content);
        return version;
    }

    /** Removes the attachment and deletes its bytes; answers the order's new version. */
    @Transactional
    long detach(Actor actor, String orderId, long expectedVersion, String attachmentId) {
        long version = commands.send(new RemoveAttachment(orderId, expectedVersion, actor, attachmentId));
        files.delete(attachmentId);
        return version;
    }
}
