package com.orderdesk.query.notification;

import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.order.OrderFollowed;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderUnfollowed;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCommentEdited;
import com.orderdesk.events.task.TaskCommented;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.events.task.TaskUnwatched;
import com.orderdesk.events.task.TaskWatched;
import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.infra.LiveChanges;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Who gets which notification, on a real PostgreSQL with this module's migrations. */
class NotificationProjectionTest {

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final InboxReads inbox = new InboxReads(jdbc);
    private final NotificationProjection projection = new NotificationProjection(
            new AudienceWrites(jdbc),
            new Notifier(new InboxWrites(jdbc), new InboxLiveUpdates(inbox, SimpleQueryUpdateEmitter.builder().build(),
                                 new LiveChanges(ReadModelDatabase.jdbc()))));
    private String run;
    private String alice;
    private String bob;
    private String carol;
    private String dave;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString();
        alice = "alice-" + run;
        bob = "bob-" + run;
        carol = "carol-" + run;
        dave = "dave-" + run;
    }

    @Test
    void assigneesHearOfTheirAssignmentButNotTheAssignerHimself() {
        String task = createTask(alice, List.of(bob, alice));
        projection.on(new TaskAssigned(task, "w", carol), by(alice, new TaskAssigned(task, "w", carol)), 1, ReplayStatus.REGULAR);
        projection.on(new TaskAssigned(task, "w", dave), by(dave, new TaskAssigned(task, "w", dave)), 2, ReplayStatus.REGULAR);

        assertThat(kinds(bob)).containsExactly(NotificationKind.ASSIGNED);
        assertThat(kinds(carol)).containsExactly(NotificationKind.ASSIGNED);
        assertThat(kinds(alice)).as("the creator assigned herself").isEmpty();
        assertThat(kinds(dave)).as("took the task himself").isEmpty();
        NotificationView bobs = page(bob).get(0);
        assertThat(bobs.subject()).isEqualTo("Pack " + run);
        assertThat(bobs.taskId()).isEqualTo(task);
        assertThat(bobs.actorId()).isEqualTo(alice);
        assertThat(bobs.read()).isFalse();
    }

    @Test
    void watchersHearOfMovesDueDatesAndCommentsAndMentionedMembersOfMentions() {
        String task = createTask(alice, List.of(bob));
        projection.on(new TaskWatched(task, "w", carol), 1);
        projection.on(new TaskUnwatched(task, "w", alice), 2);
        TaskMoved moved = new TaskMoved(task, "w", TaskStatus.TODO, TaskStatus.IN_PROGRESS, null);
        projection.on(moved, by(bob, moved), 3, ReplayStatus.REGULAR);
        TaskDueDateChanged due = new TaskDueDateChanged(task, "w", Instant.parse("2026-12-01T10:00:00Z"));
        projection.on(due, by(carol, due), 4, ReplayStatus.REGULAR);
        TaskCommented comment = new TaskCommented(task, "w", "c-" + run, bob, "@dave look", List.of(dave));
        projection.on(comment, by(bob, comment), 5, ReplayStatus.REGULAR);

        assertThat(page(carol)).extracting(NotificationView::kind, NotificationView::detail).containsExactly(
                tuple(NotificationKind.TASK_COMMENTED, null),
                tuple(NotificationKind.TASK_MOVED, "TODO → IN_PROGRESS"));
        assertThat(kinds(bob)).containsExactly(NotificationKind.TASK_DUE_DATE_CHANGED, NotificationKind.ASSIGNED);
        assertThat(kinds(dave)).as("mentioned, though not a watcher").containsExactly(NotificationKind.MENTIONED);
        assertThat(kinds(alice)).as("stopped watching").isEmpty();
    }

    @Test
    void aMentionedWatcherGetsOneNotificationAndAnEditTellsOnlyTheNewlyMentioned() {
        String task = createTask(alice, List.of(bob));
        TaskCommented comment = new TaskCommented(task, "w", "c-" + run, alice, "@bob", List.of(bob));
        projection.on(comment, by(alice, comment), 1, ReplayStatus.REGULAR);
        TaskCommentEdited edited = new TaskCommentEdited(task, "w", "c-" + run, "@bob @carol", List.of(bob, carol));
        projection.on(edited, by(alice, edited), 2, ReplayStatus.REGULAR);

        assertThat(kinds(bob)).containsExactly(NotificationKind.MENTIONED, NotificationKind.ASSIGNED);
        assertThat(kinds(carol)).containsExactly(NotificationKind.MENTIONED);
    }

    @Test
    void replayedEventsNotifyNobodyTwiceAndOldWatchChangesDoNotComeBack() {
        String task = createTask(alice, List.of(bob));
        TaskMoved moved = new TaskMoved(task, "w", TaskStatus.TODO, TaskStatus.IN_PROGRESS, null);
        EventMessage<?> movedMessage = by(alice, moved);
        projection.on(moved, movedMessage, 1, ReplayStatus.REGULAR);
        projection.on(new TaskUnwatched(task, "w", bob), 2);

        createTaskAgain(task);
        projection.on(moved, movedMessage, 1, ReplayStatus.REGULAR);
        projection.on(new TaskWatched(task, "w", bob), 1);
        TaskMoved done = new TaskMoved(task, "w", TaskStatus.IN_PROGRESS, TaskStatus.DONE, null);
        projection.on(done, by(alice, done), 3, ReplayStatus.REGULAR);

        assertThat(kinds(bob)).containsExactly(NotificationKind.TASK_MOVED, NotificationKind.ASSIGNED);
    }

    @Test
    void aReplayRebuildsWhoWatchesWhatButTellsNobodyOfHistory() {
        String task = "t-" + run;
        TaskCreated created = created(task, alice, List.of(bob));
        projection.on(created, by(alice, created), 0, ReplayStatus.REPLAY);
        TaskMoved started = new TaskMoved(task, "w", TaskStatus.TODO, TaskStatus.IN_PROGRESS, null);
        projection.on(started, by(alice, started), 1, ReplayStatus.REPLAY);
        LoginSucceeded unusual = new LoginSucceeded(bob, "203.0.113.9", "curl/8", true, true, true);
        projection.on(unusual, GenericEventMessage.asEventMessage(unusual), ReplayStatus.REPLAY);
        assertThat(kinds(bob)).isEmpty();

        TaskMoved done = new TaskMoved(task, "w", TaskStatus.IN_PROGRESS, TaskStatus.DONE, null);
        projection.on(done, by(alice, done), 2, ReplayStatus.REGULAR);
        assertThat(kinds(bob)).as("the replay made bob a watcher").containsExactly(NotificationKind.TASK_MOVED);
    }

    @Test
    void followersHearOfStatusChangesOfOrdersTheyFollow() {
        String order = "o-" + run;
        projection.on(new OrderRecorded(order, "w", "TB-" + run, "Taobao", null, "CNY", List.of(), BigDecimal.ONE,
                                        null, null, List.of()), 0);
        projection.on(new OrderFollowed(order, "w", bob), 1);
        projection.on(new OrderFollowed(order, "w", carol), 2);
        projection.on(new OrderUnfollowed(order, "w", carol), 3);
        OrderStatusChanged confirmed = new OrderStatusChanged(order, "w", OrderStatus.RECORDED, OrderStatus.CONFIRMED,
                                                              null, null, null);
        projection.on(confirmed, by(alice, confirmed), 4, ReplayStatus.REGULAR);
        projection.on(confirmed, by(alice, confirmed), 4, ReplayStatus.REGULAR);

        assertThat(page(bob)).extracting(NotificationView::kind, NotificationView::subject, NotificationView::detail)
                             .containsExactly(tuple(NotificationKind.ORDER_STATUS_CHANGED, "TB-" + run,
                                                    "RECORDED → CONFIRMED"));
        assertThat(kinds(carol)).isEmpty();
    }

    @Test
    void onlyAnAbnormalLoginIsReportedToTheAccountItself() {
        LoginSucceeded usual = new LoginSucceeded(alice, "10.0.0.1", "Firefox", false, false, false);
        LoginSucceeded unusual = new LoginSucceeded(alice, "203.0.113.9", "curl/8", true, true, true);
        projection.on(usual, GenericEventMessage.asEventMessage(usual), ReplayStatus.REGULAR);
        projection.on(unusual, GenericEventMessage.asEventMessage(unusual), ReplayStatus.REGULAR);

        assertThat(page(alice)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ABNORMAL_LOGIN);
            assertThat(n.detail()).contains("203.0.113.9", "curl/8", "a new IP address and device");
        });
    }

    private String createTask(String creator, List<String> assignees) {
        String task = "t-" + run;
        TaskCreated created = created(task, creator, assignees);
        projection.on(created, by(creator, created), 0, ReplayStatus.REGULAR);
        return task;
    }

    private void createTaskAgain(String task) {
        TaskCreated created = created(task, alice, List.of(bob));
        projection.on(created, by(alice, created), 0, ReplayStatus.REGULAR);
    }

    private TaskCreated created(String task, String creator, List<String> assignees) {
        return new TaskCreated(task, "w", creator, "Pack " + run, null, null, TaskPriority.NORMAL, null, List.of(),
                               assignees);
    }

    /** The event as its actor's command produced it. */
    private static EventMessage<?> by(String actorId, Object payload) {
        return GenericEventMessage.asEventMessage(payload == null ? "ignored" : payload)
                                  .andMetaData(Map.of("actorId", actorId));
    }

    private List<NotificationView> page(String recipient) {
        return inbox.page(recipient, false, false, null, 100).items();
    }

    private List<NotificationKind> kinds(String recipient) {
        return page(recipient).stream().map(NotificationView::kind).toList();
    }
}
