package com.orderdesk.query.notification;

import com.orderdesk.query.infra.LiveChanges;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Updates of the live inbox ({@link FetchInbox}). Called by whatever wrote (projection, reminders, mark-read);
 * every query-side instance hears of it when the writing transaction commits ({@link LiveChanges}) and updates the
 * recipients listening there.
 */
@Component
class InboxLiveUpdates {

    private static final String VIEW = "inbox";
    private static final String ADDED = "added";
    private static final String READ = "read";

    private final InboxReads inbox;
    private final QueryUpdateEmitter emitter;
    private final LiveChanges changes;

    InboxLiveUpdates(InboxReads inbox, QueryUpdateEmitter emitter, LiveChanges changes) {
        this.inbox = inbox;
        this.emitter = emitter;
        this.changes = changes;
        changes.on(VIEW, change -> {
            if (!listening(change.scope())) {
                return;
            }
            if (ADDED.equals(change.id())) {
                inbox.find(change.scope(), change.detail()).ifPresent(view -> emit(change.scope(), view));
            } else {
                emit(change.scope(), null);
            }
        });
    }

    /** A notification was written for {@code recipientId} from {@code sourceKey}. */
    void added(String recipientId, String sourceKey) {
        changes.announce(VIEW, recipientId, ADDED, sourceKey);
    }

    /** Only the unread count changed (notifications were marked read). */
    void readChanged(String recipientId) {
        changes.announce(VIEW, recipientId, READ, null);
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
