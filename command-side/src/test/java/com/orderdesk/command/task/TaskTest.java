package com.orderdesk.command.task;

import com.orderdesk.command.order.OrderNumbersHeldInMemory;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.task.ChecklistItemAdded;
import com.orderdesk.events.task.ChecklistItemTicked;
import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCommentDeleted;
import com.orderdesk.events.task.TaskCommented;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskProgressReported;
import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.events.task.TaskWatched;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.orderdesk.events.task.TaskStatus.BLOCKED;
import static com.orderdesk.events.task.TaskStatus.DONE;
import static com.orderdesk.events.task.TaskStatus.IN_PROGRESS;
import static com.orderdesk.events.task.TaskStatus.IN_REVIEW;
import static com.orderdesk.events.task.TaskStatus.TODO;

/** The rules of tasks: who may do what, the board columns, checklist, comments with mentions, watching. */
class TaskTest {

    private static final Instant DUE = Instant.parse("2026-11-30T10:00:00Z");
    private static final Actor OWNER = new Actor("owner", "w-1", Role.OWNER);
    private static final Actor BOB = new Actor("bob", "w-1", Role.COLLABORATOR);
    private static final Actor CAROL = new Actor("carol", "w-1", Role.COLLABORATOR);
    private static final Actor AUDITOR = new Actor("audrey", "w-1", Role.AUDITOR);
    private static final Actor STRANGER = new Actor("eve", "w-2", Role.OWNER);

    private final MembersHeldInMemory members = new MembersHeldInMemory()
            .member("w-1", "owner", "alice").member("w-1", "bob", "bob").member("w-1", "carol", "carol")
            .member("w-1", "audrey", "audrey").member("w-2", "eve", "eve");
    private final OrderNumbersHeldInMemory orders = new OrderNumbersHeldInMemory();

    private AggregateTestFixture<Task> fixture() {
        AggregateTestFixture<Task> fixture = new AggregateTestFixture<>(Task.class);
        fixture.registerInjectableResource(members);
        fixture.registerInjectableResource(orders);
        return fixture;
    }

    // --- creating ------------------------------------------------------------------------------------------------

    @Test
    void ownerCreatesTaskForCollaboratorAboutAnOrder() {
        orders.claim("w-1", "EXT-1", "o-1");
        fixture().givenNoPriorActivity()
                 .when(new CreateTask("t-1", OWNER, " Call buyer ", "about the late parcel", "o-1",
                                      TaskPriority.HIGH, DUE, List.of("phone", "phone", " vip "), List.of("bob")))
                 .expectEvents(new TaskCreated("t-1", "w-1", "owner", "Call buyer", "about the late parcel", "o-1",
                                               TaskPriority.HIGH, DUE, List.of("phone", "vip"), List.of("bob")));
    }

    @Test
    void cannotAssignSomeoneOutsideTheWorkspace() {
        fixture().givenNoPriorActivity()
                 .when(new CreateTask("t-1", OWNER, "T", null, null, null, null, null, List.of("eve")))
                 .expectException(TaskRuleViolation.class)
                 .expectNoEvents();
    }

    @Test
    void cannotLinkAnOrderOfAnotherWorkspace() {
        orders.claim("w-2", "EXT-1", "o-9");
        fixture().givenNoPriorActivity()
                 .when(new CreateTask("t-1", OWNER, "T", null, "o-9", null, null, null, null))
                 .expectException(TaskRuleViolation.class);
    }

    @Test
    void auditorsCreateNoTasks() {
        fixture().givenNoPriorActivity()
                 .when(new CreateTask("t-1", AUDITOR, "T", null, null, null, null, null, null))
                 .expectException(TaskChangeForbidden.class);
    }

    // --- who may change ------------------------------------------------------------------------------------------

    @Test
    void assignedCollaboratorAndOwnerMayChangeButOtherCollaboratorsMayNot() {
        fixture().given(created("owner", "bob"))
                 .when(new ReportTaskProgress("t-1", null, BOB, 40))
                 .expectEvents(new TaskProgressReported("t-1", "w-1", 40));
        fixture().given(created("owner", "bob"))
                 .when(new ReportTaskProgress("t-1", null, OWNER, 40))
                 .expectSuccessfulHandlerExecution();
        fixture().given(created("owner", "bob"))
                 .when(new ReportTaskProgress("t-1", null, CAROL, 40))
                 .expectException(TaskChangeForbidden.class)
                 .expectNoEvents();
        fixture().given(created("owner", "bob"))
                 .when(new ReportTaskProgress("t-1", null, AUDITOR, 40))
                 .expectException(TaskChangeForbidden.class);
    }

    @Test
    void creatorCollaboratorMayChangeTheirTask() {
        fixture().given(created("carol"))
                 .when(new AssignTask("t-1", null, CAROL, "bob"))
                 .expectEvents(new TaskAssigned("t-1", "w-1", "bob"));
    }

    @Test
    void tasksOfAnotherWorkspaceAreNotFound() {
        fixture().given(created("owner"))
                 .when(new MoveTask("t-1", 0L, STRANGER, IN_PROGRESS, null))
                 .expectException(TaskNotFound.class);
    }

    @Test
    void staleVersionIsRefused() {
        fixture().given(created("owner"), new TaskProgressReported("t-1", "w-1", 10))
                 .when(new MoveTask("t-1", 0L, OWNER, IN_PROGRESS, null))
                 .expectException(ConflictingAggregateVersionException.class);
    }

    // --- the board -----------------------------------------------------------------------------------------------

    private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED = new EnumMap<>(Map.of(
            TODO, Set.of(IN_PROGRESS, BLOCKED),
            IN_PROGRESS, Set.of(TODO, IN_REVIEW, BLOCKED),
            IN_REVIEW, Set.of(IN_PROGRESS, DONE),
            DONE, Set.of(TODO)));

    private static final Map<TaskStatus, List<TaskStatus>> PATH = new EnumMap<>(Map.of(
            TODO, List.of(TODO),
            IN_PROGRESS, List.of(TODO, IN_PROGRESS),
            IN_REVIEW, List.of(TODO, IN_PROGRESS, IN_REVIEW),
            DONE, List.of(TODO, IN_PROGRESS, IN_REVIEW, DONE)));

    static Stream<Arguments> everyPairOfUnblockedColumns() {
        List<Arguments> pairs = new ArrayList<>();
        for (TaskStatus from : PATH.keySet()) {
            for (TaskStatus to : TaskStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfUnblockedColumns")
    void boardAllowsExactlyTheListedMoves(TaskStatus from, TaskStatus to) {
        var result = fixture().given(history(from)).when(new MoveTask("t-1", null, OWNER, to, "waiting"));
        if (ALLOWED.get(from).contains(to)) {
            result.expectEvents(new TaskMoved("t-1", "w-1", from, to, "waiting"));
        } else {
            result.expectException(IllegalTaskMove.class).expectNoEvents();
        }
    }

    @Test
    void blockedTaskReturnsOnlyToWhereItCameFrom() {
        List<Object> blockedFromProgress = history(IN_PROGRESS);
        blockedFromProgress.add(new TaskMoved("t-1", "w-1", IN_PROGRESS, BLOCKED, "waiting for stock"));
        fixture().given(blockedFromProgress)
                 .when(new MoveTask("t-1", null, OWNER, IN_PROGRESS, null))
                 .expectEvents(new TaskMoved("t-1", "w-1", BLOCKED, IN_PROGRESS, null));
        fixture().given(blockedFromProgress)
                 .when(new MoveTask("t-1", null, OWNER, TODO, null))
                 .expectException(IllegalTaskMove.class);
    }

    @Test
    void blockingNeedsAReason() {
        fixture().given(created("owner"))
                 .when(new MoveTask("t-1", null, OWNER, BLOCKED, " "))
                 .expectException(TaskRuleViolation.class);
    }

    @Test
    void progressIsAPercentage() {
        fixture().given(created("owner"))
                 .when(new ReportTaskProgress("t-1", null, OWNER, 101))
                 .expectException(TaskRuleViolation.class);
    }

    @Test
    void checklistItemsAreAddedTickedAndRemoved() {
        fixture().given(created("owner"))
                 .when(new AddChecklistItem("t-1", null, OWNER, "i-1", " pack "))
                 .expectEvents(new ChecklistItemAdded("t-1", "w-1", "i-1", "pack"));
        fixture().given(created("owner"), new ChecklistItemAdded("t-1", "w-1", "i-1", "pack"))
                 .when(new TickChecklistItem("t-1", null, OWNER, "i-1", true))
                 .expectEvents(new ChecklistItemTicked("t-1", "w-1", "i-1", true));
        fixture().given(created("owner"))
                 .when(new TickChecklistItem("t-1", null, OWNER, "nope", true))
                 .expectException(TaskRuleViolation.class);
    }

    @Test
    void archivedTaskCannotChange() {
        fixture().given(created("owner"), new TaskArchived("t-1", "w-1"))
                 .when(new ChangeTaskDetails("t-1", null, OWNER, "New title", null))
                 .expectException(TaskRuleViolation.class);
    }

    // --- comments and watching -----------------------------------------------------------------------------------

    @Test
    void commentResolvesMentionsOfMembersAndIgnoresOthers() {
        fixture().given(created("owner"))
                 .when(new CommentOnTask("t-1", BOB, "c-1", "@Carol please check, cc @alice @nobody a@b.c"))
                 .expectEvents(new TaskCommented("t-1", "w-1", "c-1", "bob",
                                                 "@Carol please check, cc @alice @nobody a@b.c",
                                                 List.of("carol", "owner")));
    }

    @Test
    void auditorsDoNotComment() {
        fixture().given(created("owner"))
                 .when(new CommentOnTask("t-1", AUDITOR, "c-1", "hello"))
                 .expectException(TaskChangeForbidden.class);
    }

    @Test
    void onlyTheAuthorDeletesAComment() {
        TaskCommented comment = new TaskCommented("t-1", "w-1", "c-1", "bob", "hi", List.of());
        fixture().given(created("owner"), comment)
                 .when(new DeleteTaskComment("t-1", null, OWNER, "c-1"))
                 .expectException(TaskChangeForbidden.class);
        fixture().given(created("owner"), comment)
                 .when(new DeleteTaskComment("t-1", null, BOB, "c-1"))
                 .expectEvents(new TaskCommentDeleted("t-1", "w-1", "c-1"));
    }

    @Test
    void anyMemberMayWatchOnceAndCreatorAndAssigneesAlreadyDo() {
        fixture().given(created("owner", "bob"))
                 .when(new WatchTask("t-1", AUDITOR))
                 .expectEvents(new TaskWatched("t-1", "w-1", "audrey"));
        fixture().given(created("owner", "bob"))
                 .when(new WatchTask("t-1", BOB))
                 .expectNoEvents();
    }

    private static TaskCreated created(String creatorId, String... assignees) {
        return new TaskCreated("t-1", "w-1", creatorId, "Pack order", null, null, TaskPriority.NORMAL, DUE,
                               List.of(), List.of(assignees));
    }

    private static List<Object> history(TaskStatus status) {
        List<Object> events = new ArrayList<>();
        events.add(created("owner"));
        List<TaskStatus> path = PATH.get(status);
        for (int i = 1; i < path.size(); i++) {
            events.add(new TaskMoved("t-1", "w-1", path.get(i - 1), path.get(i), null));
        }
        return events;
    }
}
