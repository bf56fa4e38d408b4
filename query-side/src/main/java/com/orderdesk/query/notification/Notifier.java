package com.orderdesk.query.notification;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Objects;

/** Writes notifications for an event's recipients, leaving out the event's actor, and tells live inboxes. */
@Component
class Notifier {

    private final InboxWrites inbox;
    private final InboxLiveUpdates live;

    Notifier(InboxWrites inbox, InboxLiveUpdates live) {
        this.inbox = inbox;
        this.live = live;
    }

    void aboutTask(EventMessage<?> event, AudienceWrites.TaskAudience task, Collection<String> recipients,
                   NotificationKind kind, String sourceKey, String detail) {
        String actorId = actorOf(event);
        recipients.stream().distinct().filter(recipient -> !Objects.equals(recipient, actorId)).forEach(
                recipient -> add(new NewNotification(recipient, sourceKey, kind, task.workspaceId(), task.taskId(),
                                                     null, actorId, task.title(), detail, event.getTimestamp())));
    }

    void aboutOrder(EventMessage<?> event, AudienceWrites.OrderAudience order, NotificationKind kind, String sourceKey,
                    String detail) {
        String actorId = actorOf(event);
        order.followerIds().stream().filter(recipient -> !Objects.equals(recipient, actorId)).forEach(
                recipient -> add(new NewNotification(recipient, sourceKey, kind, order.workspaceId(), null,
                                                     order.orderId(), actorId, order.orderNumber(), detail,
                                                     event.getTimestamp())));
    }

    void aboutOwnAccount(EventMessage<?> event, String accountId, NotificationKind kind, String sourceKey,
                         String detail) {
        add(new NewNotification(accountId, sourceKey, kind, null, null, null, null, "Your account", detail,
                                event.getTimestamp()));
    }

    /** To the requester of a support request; the texts stay in the request, the notification only points to it. */
    void aboutSupportRequest(EventMessage<?> event, String requesterId, String workspaceId, NotificationKind kind,
                             String detail) {
        add(new NewNotification(requesterId, kind.name().toLowerCase() + ":" + event.getIdentifier(), kind,
                                workspaceId, null, null, actorOf(event), "Your support request", detail,
                                event.getTimestamp()));
    }

    void add(NewNotification notification) {
        if (inbox.add(notification)) {
            live.added(notification.recipientId(), notification.sourceKey());
        }
    }

    private static String actorOf(EventMessage<?> event) {
        Object actorId = event.getMetaData().get("actorId");
        return actorId == null ? null : actorId.toString();
    }

    void forget(String recipientId) {
        inbox.deleteAll(recipientId);
    }

    void expireSignInDetails(java.time.Instant before) {
        inbox.replaceDetails(NotificationKind.ABNORMAL_LOGIN, before,
                             "Signed in from a new IP address or device (details expired).");
    }
}
