package com.orderdesk.command.order;

import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a stored file is attached to the order. */
public record AttachFile(@TargetAggregateIdentifier String orderId, Long expectedVersion,
                         Actor actor, String attachmentId, String fileName, String contentType, long size,
                         String sha256) {
}
