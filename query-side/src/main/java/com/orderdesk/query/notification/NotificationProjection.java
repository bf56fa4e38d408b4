package com.orderdesk.query.notification;

import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.order.OrderFollowed;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderUnfollowed;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.DeviceDataExpired;
import com.orderdesk.events.support.SupportRequestAnswered;
import com.orderdesk.events.support.SupportRequestClosed;
import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCommentEdited;
import com.orderdesk.events.task.TaskCommented;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDetailsChanged;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskUnwatched;
import com.orderdesk.events.task.TaskWatched;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides who hears about what. Nobody is told about their own action (the actor comes from the event's
 * metadata). A replay (a reset, or the first catch-up of a new processor: Axon starts it with a replay token up
 * to the head) only rebuilds who watches and follows what: history is not news. Events seen twice change nothing
 * either: the audience rows carry the version they reached, and every notification is unique per recipient and
 * source. Due-soon and overdue reminders are time-driven: {@link TaskReminders}.
 */
@Component
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
class NotificationProjection {

    static final String PROCESSING_GROUP = "notifications";

    private final AudienceWrites audiences;
    private final Notifier notifier;

    NotificationProjection(AudienceWrites audiences, Notifier notifier) {
        this.audiences = audiences;
        this.notifier = notifier;
    }

    // --- tasks -----------------------------------------------------------------------------------------------

    @EventHandler
    void on(TaskCreated e, EventMessage<?> m, @SequenceNumber long version, ReplayStatus replay) {
        if (audiences.addTask(e, version)) {
            audiences.task(e.taskId()).filter(task -> !replay.isReplay()).ifPresent(task -> notifier.aboutTask(
                    m, task, e.assigneeIds(), NotificationKind.ASSIGNED, "assigned:" + m.getIdentifier(), null));
        }
    }

    @EventHandler
    void on(TaskAssigned e, EventMessage<?> m, @SequenceNumber long version, ReplayStatus replay) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.watch(e.taskId(), e.assigneeId());
            audiences.task(e.taskId()).filter(task -> !replay.isReplay()).ifPresent(task -> notifier.aboutTask(
                    m, task, List.of(e.assigneeId()), NotificationKind.ASSIGNED, "assigned:" + m.getIdentifier(),
                    null));
        }
    }

    @EventHandler
    void on(TaskWatched e, @SequenceNumber long version) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.watch(e.taskId(), e.watcherId());
        }
    }

    @EventHandler
    void on(TaskUnwatched e, @SequenceNumber long version) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.unwatch(e.taskId(), e.watcherId());
        }
    }

    @EventHandler
    void on(TaskDetailsChanged e, @SequenceNumber long version) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.setTask(e.taskId(), "title", e.title());
        }
    }

    @EventHandler
    void on(TaskArchived e, @SequenceNumber long version) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.setTask(e.taskId(), "archived", true);
        }
    }

    @EventHandler
    void on(TaskMoved e, EventMessage<?> m, @SequenceNumber long version, ReplayStatus replay) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.setTask(e.taskId(), "status", e.to().name());
            audiences.task(e.taskId()).filter(task -> !replay.isReplay()).ifPresent(task -> notifier.aboutTask(
                    m, task, task.watcherIds(), NotificationKind.TASK_MOVED, "moved:" + m.getIdentifier(),
                    e.from() + " → " + e.to() + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason())));
        }
    }

    @EventHandler
    void on(TaskDueDateChanged e, EventMessage<?> m, @SequenceNumber long version, ReplayStatus replay) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.setTask(e.taskId(), "due_at", AudienceWrites.timestamp(e.dueAt()));
            audiences.task(e.taskId()).filter(task -> !replay.isReplay()).ifPresent(task -> notifier.aboutTask(
                    m, task, task.watcherIds(), NotificationKind.TASK_DUE_DATE_CHANGED,
                    "due-changed:" + m.getIdentifier(), e.dueAt() == null ? "No due date" : "Due " + e.dueAt()));
        }
    }

    @EventHandler
    void on(TaskCommented e, EventMessage<?> m, @SequenceNumber long version, ReplayStatus replay) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.task(e.taskId()).filter(task -> !replay.isReplay()).ifPresent(task -> {
                notifier.aboutTask(m, task, e.mentionedIds(), NotificationKind.MENTIONED,
                                   "mention:" + e.commentId(), null);
                notifier.aboutTask(m, task, except(task.watcherIds(), e.mentionedIds()),
                                   NotificationKind.TASK_COMMENTED, "comment:" + m.getIdentifier(), null);
            });
        }
    }

    /** An edit tells only those newly mentioned: the source key is the comment, so earlier ones were told. */
    @EventHandler
    void on(TaskCommentEdited e, EventMessage<?> m, @SequenceNumber long version, ReplayStatus replay) {
        if (audiences.advanceTask(e.taskId(), version)) {
            audiences.task(e.taskId()).filter(task -> !replay.isReplay()).ifPresent(task -> notifier.aboutTask(
                    m, task, e.mentionedIds(), NotificationKind.MENTIONED, "mention:" + e.commentId(), null));
        }
    }

    // --- orders ----------------------------------------------------------------------------------------------

    @EventHandler
    void on(OrderRecorded e, @SequenceNumber long version) {
        audiences.addOrder(e.orderId(), e.workspaceId(), e.externalOrderNumber(), version);
    }

    @EventHandler
    void on(OrderFollowed e, @SequenceNumber long version) {
        if (audiences.advanceOrder(e.orderId(), version)) {
            audiences.follow(e.orderId(), e.followerId());
        }
    }

    @EventHandler
    void on(OrderUnfollowed e, @SequenceNumber long version) {
        if (audiences.advanceOrder(e.orderId(), version)) {
            audiences.unfollow(e.orderId(), e.followerId());
        }
    }

    @EventHandler
    void on(OrderStatusChanged e, EventMessage<?> m, @SequenceNumber long version, ReplayStatus replay) {
        if (audiences.advanceOrder(e.orderId(), version)) {
            audiences.order(e.orderId()).filter(order -> !replay.isReplay()).ifPresent(order -> notifier.aboutOrder(
                    m, order, NotificationKind.ORDER_STATUS_CHANGED, "order-status:" + m.getIdentifier(),
                    e.from() + " → " + e.to()));
        }
    }

    // --- accounts --------------------------------------------------------------------------------------------

    @EventHandler
    void on(LoginSucceeded e, EventMessage<?> m, ReplayStatus replay) {
        if (e.abnormal() && !replay.isReplay()) {
            notifier.aboutOwnAccount(m, e.accountId(), NotificationKind.ABNORMAL_LOGIN, "login:" + m.getIdentifier(),
                                     signInDetail(e));
        }
    }

    /** The erased person's inbox goes with them (its sign-in notices hold their IP addresses). */
    @EventHandler
    void on(AccountErased e) {
        notifier.forget(e.accountId());
    }

    @EventHandler
    void on(DeviceDataExpired e) {
        notifier.expireSignInDetails(e.throughDay().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    // --- support requests ------------------------------------------------------------------------------------

    @EventHandler
    void on(SupportRequestAnswered e, EventMessage<?> m, ReplayStatus replay) {
        if (!replay.isReplay()) {
            notifier.aboutSupportRequest(m, e.accountId(), e.workspaceId(), NotificationKind.SUPPORT_REQUEST_ANSWERED,
                                         "Answered: GET /api/support/requests/" + e.requestId());
        }
    }

    @EventHandler
    void on(SupportRequestClosed e, EventMessage<?> m, ReplayStatus replay) {
        if (!replay.isReplay()) {
            notifier.aboutSupportRequest(m, e.accountId(), e.workspaceId(), NotificationKind.SUPPORT_REQUEST_CLOSED,
                                         "Closed: GET /api/support/requests/" + e.requestId());
        }
    }

    private static String signInDetail(LoginSucceeded e) {
        String change = e.newIp() && e.newDevice() ? "a new IP address and device"
                : e.newIp() ? "a new IP address" : "a new device";
        String device = e.userAgent() == null ? "unknown" : e.userAgent().substring(0, Math.min(200, e.userAgent().length()));
        return "Signed in from " + change + ": IP " + e.clientIp() + ", device " + device
               + ". If this was not you, change your password.";
    }

    private static Collection<String> except(Collection<String> all, Collection<String> excluded) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(excluded);
        return rest;
    }
}
