package com.orderdesk.query.task;

import com.orderdesk.events.task.ChecklistItemAdded;
import com.orderdesk.events.task.ChecklistItemRemoved;
import com.orderdesk.events.task.ChecklistItemTicked;
import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCommentDeleted;
import com.orderdesk.events.task.TaskCommented;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskLabelsChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskProgressReported;
import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.events.task.TaskUnassigned;
import com.orderdesk.events.task.TaskUnwatched;
import com.orderdesk.events.task.TaskWatched;
import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.infra.DeltaFolding;
import com.orderdesk.query.infra.LiveChanges;
import com.orderdesk.query.list.TallyReads;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The task board projection and its reads on a real PostgreSQL with this module's migrations. */
class TaskBoardProjectionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final TaskBoardReads reads = new TaskBoardReads(jdbc, new TallyReads(jdbc),
                                                            Clock.fixed(NOW, ZoneOffset.UTC));
    private final TaskBoardProjection projection = new TaskBoardProjection(
            new TaskBoardWrites(jdbc), new TaskBoardLiveUpdates(reads, SimpleQueryUpdateEmitter.builder().build(),
                                                    (workspaceId, orderId) -> { },
                                                    new LiveChanges(ReadModelDatabase.jdbc())));
    private String workspace;

    @BeforeEach
    void setUp() {
        workspace = "w-" + UUID.randomUUID();
    }

    @Test
    void createdTaskIsACardInTodoWithEverythingTheBoardShows() {
        String id = task("Pack order", TaskPriority.HIGH, NOW.plusSeconds(3600), List.of("packing"),
                         List.of("bob", "carol"));

        TaskBoardView board = reads.board(workspace, TaskFilter.NONE, 10);

        assertThat(board.columns()).extracting(TaskBoardView.Column::status)
                                   .containsExactly("TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE");
        TaskCardView card = column(board, "TODO").cards().get(0);
        assertThat(card.taskId()).isEqualTo(id);
        assertThat(card.priority()).isEqualTo("HIGH");
        assertThat(card.labels()).containsExactly("packing");
        assertThat(card.assignees()).extracting(TaskCardView.Person::accountId).containsExactly("bob", "carol");
        assertThat(card.overdue()).isFalse();
        assertThat(card.version()).isZero();
        assertThat(column(board, "TODO").count()).isEqualTo(1);
        assertThat(column(board, "DONE").count()).isZero();
        TaskDetailView detail = reads.detail(workspace, id).orElseThrow();
        assertThat(detail.watchers()).extracting(TaskCardView.Person::accountId)
                                     .containsExactly("alice", "bob", "carol");
        assertThat(reads.detail("another-workspace", id)).isEmpty();
    }

    @Test
    void changesApplyOnceAndReplaysChangeNothing() {
        String id = task("Call buyer", TaskPriority.NORMAL, null, List.of(), List.of());
        TaskMoved started = new TaskMoved(id, workspace, TaskStatus.TODO, TaskStatus.IN_PROGRESS, null);
        projection.on(started, NOW, 1);
        projection.on(new ChecklistItemAdded(id, workspace, "i-1", "dial"), NOW, 2);
        projection.on(new ChecklistItemAdded(id, workspace, "i-2", "note"), NOW, 3);
        projection.on(new ChecklistItemTicked(id, workspace, "i-1", true), NOW, 4);
        projection.on(new TaskCommented(id, workspace, "c-1", "alice", "hi @bob", List.of("bob")), NOW, 5);
        projection.on(new TaskCommented(id, workspace, "c-2", "bob", "ok", List.of()), NOW, 6);
        projection.on(new TaskCommentDeleted(id, workspace, "c-2"), NOW, 7);
        projection.on(new TaskProgressReported(id, workspace, 40), NOW, 8);
        projection.on(new TaskAssigned(id, workspace, "dave"), NOW, 9);
        // replays of events already applied
        projection.on(new ChecklistItemRemoved(id, workspace, "i-1"), NOW, 4);
        projection.on(new TaskMoved(id, workspace, TaskStatus.IN_PROGRESS, TaskStatus.DONE, null), NOW, 1);
        projection.on(new TaskUnassigned(id, workspace, "dave"), NOW, 9);

        TaskDetailView detail = reads.detail(workspace, id).orElseThrow();
        assertThat(detail.card().status()).isEqualTo("IN_PROGRESS");
        assertThat(detail.card().checklistDone()).isEqualTo(1);
        assertThat(detail.card().checklistTotal()).isEqualTo(2);
        assertThat(detail.checklist()).extracting(TaskDetailView.ChecklistItem::itemId).containsExactly("i-1", "i-2");
        assertThat(detail.card().commentCount()).isEqualTo(1);
        assertThat(detail.comments()).extracting(TaskDetailView.Comment::text).containsExactly("hi @bob");
        assertThat(detail.card().progress()).isEqualTo(40);
        assertThat(detail.card().assignees()).extracting(TaskCardView.Person::accountId).containsExactly("dave");
        assertThat(detail.watchers()).extracting(TaskCardView.Person::accountId).containsExactly("alice", "dave");
        assertThat(detail.card().version()).isEqualTo(9);
    }

    @Test
    void blockedTaskKeepsItsReasonAndWatchersComeAndGo() {
        String id = task("Refund", TaskPriority.URGENT, null, List.of(), List.of());
        projection.on(new TaskMoved(id, workspace, TaskStatus.TODO, TaskStatus.BLOCKED, "waiting for the bank"),
                      NOW, 1);
        projection.on(new TaskWatched(id, workspace, "erin"), NOW, 2);
        projection.on(new TaskUnwatched(id, workspace, "alice"), NOW, 3);

        TaskDetailView detail = reads.detail(workspace, id).orElseThrow();
        assertThat(detail.card().status()).isEqualTo("BLOCKED");
        assertThat(detail.blockedReason()).isEqualTo("waiting for the bank");
        assertThat(detail.watchers()).extracting(TaskCardView.Person::accountId).containsExactly("erin");

        projection.on(new TaskMoved(id, workspace, TaskStatus.BLOCKED, TaskStatus.TODO, "bank answered"), NOW, 4);
        assertThat(reads.detail(workspace, id).orElseThrow().blockedReason()).as("cleared when unblocked").isNull();
    }

    @Test
    void filtersNarrowTheBoardAndCountsFollowThem() {
        String late = task("Ship late order", TaskPriority.NORMAL, NOW.minusSeconds(60), List.of("shipping"),
                           List.of("bob"));
        String doneLate = task("Done late", TaskPriority.NORMAL, NOW.minusSeconds(60), List.of(), List.of("bob"));
        projection.on(new TaskMoved(doneLate, workspace, TaskStatus.IN_REVIEW, TaskStatus.DONE, null), NOW, 1);
        String labelled = task("Restock 100% cotton", TaskPriority.LOW, null, List.of("stock"), List.of("carol"));
        projection.on(new TaskLabelsChanged(labelled, workspace, List.of("stock", "shipping")), NOW, 1);
        String archived = task("Old", TaskPriority.LOW, null, List.of("shipping"), List.of("bob"));
        projection.on(new TaskArchived(archived, workspace), NOW, 1);

        assertThat(ids(reads.board(workspace, TaskFilter.NONE, 10))).containsOnlyKeys(late, doneLate, labelled);
        assertThat(ids(board(Set.of("bob"), null, null, null))).containsOnlyKeys(late, doneLate);
        assertThat(ids(board(Set.of("bob", "carol"), null, null, null))).isEmpty();
        assertThat(ids(board(Set.of(), "shipping", null, null))).containsOnlyKeys(late, labelled);
        assertThat(ids(board(Set.of(), null, true, null))).containsOnlyKeys(late);
        assertThat(ids(board(Set.of(), null, false, null))).containsOnlyKeys(doneLate, labelled);
        assertThat(ids(board(Set.of(), null, null, "100%"))).containsOnlyKeys(labelled);
        assertThat(ids(board(Set.of(), null, null, "1_0"))).as("_ is literal, not a wildcard").isEmpty();
        assertThat(ids(reads.board(workspace, TaskFilter.NONE, 10)).get(late).overdue()).isTrue();
        assertThat(ids(reads.board(workspace, TaskFilter.NONE, 10)).get(doneLate).overdue()).isFalse();
        assertThat(column(board(Set.of("bob"), null, null, null), "TODO").count()).isEqualTo(1);
        TaskBoardView all = reads.board(workspace, TaskFilter.NONE, 10);
        assertThat(column(all, "TODO").count()).as("the archived card is not counted").isEqualTo(2);
        assertThat(column(all, "DONE").count()).isEqualTo(1);
        new DeltaFolding(jdbc).fold();
        assertThat(column(reads.board(workspace, TaskFilter.NONE, 10), "TODO").count()).as("folded").isEqualTo(2);
    }

    @Test
    void columnsAreOrderedByUrgencyThenDueDateAndCutAtTheLimitWithFullCounts() {
        task("low", TaskPriority.LOW, null, List.of(), List.of()); // beyond the limit: counted, not shown
        String urgent = task("urgent", TaskPriority.URGENT, null, List.of(), List.of());
        String normalSoon = task("normal soon", TaskPriority.NORMAL, NOW.plusSeconds(60), List.of(), List.of());
        String normalLater = task("normal later", TaskPriority.NORMAL, NOW.plusSeconds(600), List.of(), List.of());
        projection.on(new TaskDueDateChanged(normalLater, workspace, NOW.plusSeconds(6000)), NOW, 1);

        TaskBoardView.Column todo = column(reads.board(workspace, TaskFilter.NONE, 3), "TODO");

        assertThat(todo.cards()).extracting(TaskCardView::taskId).containsExactly(urgent, normalSoon, normalLater);
        assertThat(todo.count()).isEqualTo(4);
    }

    private TaskBoardView board(Set<String> assignees, String label, Boolean overdue, String text) {
        return reads.board(workspace, new TaskFilter(assignees, label, null, overdue, text), 100);
    }

    private String task(String title, TaskPriority priority, Instant dueAt, List<String> labels,
                        List<String> assignees) {
        String id = "t-" + UUID.randomUUID();
        projection.on(new TaskCreated(id, workspace, "alice", title, "about " + title, null, priority, dueAt, labels,
                                      assignees), NOW, 0);
        return id;
    }

    private static TaskBoardView.Column column(TaskBoardView board, String status) {
        return board.columns().stream().filter(c -> c.status().equals(status)).findFirst().orElseThrow();
    }

    private static Map<String, TaskCardView> ids(TaskBoardView board) {
        return board.columns().stream().flatMap(c -> c.cards().stream())
                    .collect(Collectors.toMap(TaskCardView::taskId, Function.identity()));
    }
}
