package com.orderdesk.query.notification;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Updates of the live inbox ({@link FetchInbox}) for recipients who are listening on this instance. Called by
 * whatever wrote (projection, reminders, mark-read); from the projection the update leaves when its transaction
 * commits.
 */
@Component
class InboxLiveUpdates {

    private final InboxReads inbox;
    private final QueryUpdateEmitter emitter;

    InboxLiveUpdates(InboxReads inbox, QueryUpdateEmitter emitter) {
        this.inbox = inbox;
        this.emitter = emitter;
    }

    /** A notification was written for {@code recipientId} from {@code sourceKey}. */
    void added(String recipientId, String sourceKey) {
        if (listening(recipientId)) {
            inbox.find(recipientId, sourceKey).ifPresent(view -> emit(recipientId, view));
        }
    }

    /** Only the unread count changed (notifications were marked read). */
    void readChanged(String recipientId) {
        if (listening(recipientId)) {
            emit(recipientId, null);
        }
    }

    private void emit(String recipientId, NotificationView view) {
        emitter.emit(FetchInbox.class, q -> q.recipientId().equals(recipientId),
                     new InboxUpdate(view, inbox.unreadCount(recipientId)));
    }

    private boolean listening(String recipientId) {
        return emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload)
                      .anyMatch(q -> q instanceof FetchInbox inbox && inbox.recipientId().equals(recipientId));
    }
}
