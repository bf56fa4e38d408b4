package com.orderdesk.events.order;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.CUSTOMER;

/** A file was attached to the order; its bytes are stored outside the event store, found by id and SHA-256. */
@Revision("1")
public record AttachmentAdded(String orderId, String workspaceId, String attachmentId,
                              @PersonalData(subject = CUSTOMER, idFrom = "orderId") String fileName,
                              String contentType, long size, String sha256) {
}
