package com.orderdesk.query.notification;

import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.infra.LiveChanges;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Due-soon and overdue reminders: once per watcher and due date, whatever the number of scans or restarts. */
class TaskRemindersTest {

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final InboxReads inbox = new InboxReads(jdbc);
    private final InboxLiveUpdates live = new InboxLiveUpdates(inbox, SimpleQueryUpdateEmitter.builder().build(),
                                 new LiveChanges(ReadModelDatabase.jdbc()));
    private final NotificationProjection projection = new NotificationProjection(
            new AudienceWrites(jdbc), new Notifier(new InboxWrites(jdbc), live));
    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final String run = UUID.randomUUID().toString();
    private final String owner = "owner-" + run;
    private final String worker = "worker-" + run;

    @Test
    void watchersAreRemindedOnceWhenDueWithin24HoursAndOnceWhenOverdue() {
        task(clock.instant().plus(Duration.ofHours(30)));

        scanner().scan();
        assertThat(kinds(worker)).as("30 h away: nothing yet").containsExactly(NotificationKind.ASSIGNED);

        clock.advance(Duration.ofHours(7));
        scanner().scan();
        scanner().scan(); // again, as after a restart
        assertThat(kinds(worker)).containsExactly(NotificationKind.TASK_DUE_SOON, NotificationKind.ASSIGNED);
        assertThat(kinds(owner)).as("the creator watches too").containsExactly(NotificationKind.TASK_DUE_SOON);

        clock.advance(Duration.ofHours(24));
        scanner().scan();
        scanner().scan();
        assertThat(kinds(worker)).containsExactly(NotificationKind.TASK_OVERDUE, NotificationKind.TASK_DUE_SOON,
                                                  NotificationKind.ASSIGNED);
    }

    @Test
    void doneTasksAreNotRemindedAndANewDueDateArmsNewReminders() {
        String task = task(clock.instant().plus(Duration.ofHours(2)));
        TaskMoved done = new TaskMoved(task, "w", TaskStatus.TODO, TaskStatus.DONE, null);
        projection.on(done, GenericEventMessage.asEventMessage(done).andMetaData(Map.of("actorId", worker)), 1, ReplayStatus.REGULAR);
        scanner().scan();
        assertThat(kinds(owner)).containsExactly(NotificationKind.TASK_MOVED);

        TaskMoved reopened = new TaskMoved(task, "w", TaskStatus.DONE, TaskStatus.TODO, null);
        projection.on(reopened, GenericEventMessage.asEventMessage(reopened)
                                                   .andMetaData(Map.of("actorId", owner)), 2, ReplayStatus.REGULAR);
        TaskDueDateChanged later = new TaskDueDateChanged(task, "w", clock.instant().plus(Duration.ofHours(3)));
        projection.on(later, GenericEventMessage.asEventMessage(later).andMetaData(Map.of("actorId", owner)), 3,
                      ReplayStatus.REGULAR);
        scanner().scan();

        assertThat(kinds(owner)).containsExactly(NotificationKind.TASK_DUE_SOON, NotificationKind.TASK_MOVED);
        assertThat(inbox.page(owner, false, false, null, 1).items().get(0).detail())
                .isEqualTo("Due " + clock.instant().plus(Duration.ofHours(3)));
    }

    @Test
    void noReminderWhileTheProjectionLagsBehindTheEventStore() {
        task(clock.instant().plus(Duration.ofHours(1)));

        assertThat(new TaskReminders(jdbc, live, clock, () -> false).scan()).isZero();
        assertThat(kinds(owner)).isEmpty();
    }

    @Test
    void tasksWhoseEventsWaitInTheDeadLetterQueueAreNotReminded() {
        String task = task(clock.instant().plus(Duration.ofHours(1)));
        jdbc.sql("""
                 INSERT INTO query_side.dead_letter_entry (dead_letter_id, processing_group, sequence_identifier,
                     sequence_index, message_type, event_identifier, time_stamp, payload_type, payload, meta_data,
                     enqueued_at)
                 VALUES (?, 'notifications', ?, 0, 'DomainEventMessage', ?, '2030-01-01T00:00:00Z', 'x', ?, ?,
                         '2030-01-01T00:00:00Z')""")
            .params(UUID.randomUUID().toString(), task, UUID.randomUUID().toString(), new byte[0], new byte[0])
            .update();

        scanner().scan();
        assertThat(kinds(owner)).isEmpty();
    }

    private TaskReminders scanner() {
        return new TaskReminders(jdbc, live, clock, () -> true);
    }

    private String task(Instant dueAt) {
        String task = "t-" + run;
        TaskCreated created = new TaskCreated(task, "w", owner, "Ship " + run, null, null, TaskPriority.NORMAL, dueAt,
                                              List.of(), List.of(worker));
        projection.on(created, GenericEventMessage.asEventMessage(created).andMetaData(Map.of("actorId", owner)), 0, ReplayStatus.REGULAR);
        return task;
    }

    private List<NotificationKind> kinds(String recipient) {
        return inbox.page(recipient, false, false, null, 100).items().stream().map(NotificationView::kind).toList();
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
