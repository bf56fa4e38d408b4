package com.orderdesk.command.audit;

import com.orderdesk.events.account.AccessDenied;
import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.CommandRejected;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.account.UnknownAccountLoginAttempted;
import com.orderdesk.events.account.WorkspaceOpened;
import com.orderdesk.events.account.WorkspaceTimeZoneChanged;
import com.orderdesk.events.order.InternalNoteAdded;
import com.orderdesk.events.order.InternalNoteEdited;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderTagged;
import com.orderdesk.events.order.OrderUntagged;
import com.orderdesk.events.privacy.DeviceDataExpired;
import com.orderdesk.events.task.ChecklistItemAdded;
import com.orderdesk.events.task.ChecklistItemTicked;
import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskPriorityChanged;
import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.events.task.TaskUnassigned;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The history replay's state of a task, an order or an account, built from its events alone. */
class StateFoldsTest {

    /** Where the events of the replayable aggregates (orders, tasks, accounts) are published. */
    private static final Set<String> REPLAYED_PACKAGES = Set.of(
            "com.orderdesk.events.order", "com.orderdesk.events.task", "com.orderdesk.events.account",
            "com.orderdesk.events.privacy");

    /** Events of those packages that are in no order's, task's or account's stream. */
    private static final Set<Class<?>> NOT_IN_A_REPLAYED_STREAM = Set.of(
            WorkspaceOpened.class, WorkspaceTimeZoneChanged.class, // the Workspace aggregate has no replay
            AccessDenied.class, CommandRejected.class, UnknownAccountLoginAttempted.class, // security events
            DeviceDataExpired.class); // the retention job's, published on its own

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectNode state = JsonNodeFactory.instance.objectNode();

    @Test
    void aTasksStateFollowsItsEvents() {
        apply(new TaskCreated("t", "w", "alice", "Pack", null, null, TaskPriority.NORMAL, null, List.of(),
                              List.of("bob")));
        apply(new TaskMoved("t", "w", TaskStatus.TODO, TaskStatus.BLOCKED, "no boxes"));
        assertThat(state.get("blockedReason").asString()).isEqualTo("no boxes");
        apply(new TaskMoved("t", "w", TaskStatus.BLOCKED, TaskStatus.TODO, null));
        apply(new TaskAssigned("t", "w", "carol"));
        apply(new TaskUnassigned("t", "w", "bob"));
        apply(new ChecklistItemAdded("t", "w", "i-1", "boxes"));
        apply(new ChecklistItemTicked("t", "w", "i-1", true));
        apply(new TaskPriorityChanged("t", "w", TaskPriority.URGENT));
        apply(new TaskArchived("t", "w"));

        assertThat(state.get("status").asString()).isEqualTo("TODO");
        assertThat(state.get("blockedReason").isNull()).isTrue();
        assertThat(state.get("assigneeIds").toString()).isEqualTo("[\"carol\"]");
        assertThat(state.get("watcherIds").toString()).isEqualTo("[\"alice\",\"bob\",\"carol\"]");
        assertThat(state.get("checklist").get("i-1").get("done").asBoolean()).isTrue();
        assertThat(state.get("priority").asString()).isEqualTo("URGENT");
        assertThat(state.get("archived").asBoolean()).isTrue();
        assertThat(state.get("taskId").asString()).as("ids come from the creation event").isEqualTo("t");
    }

    @Test
    void anOrdersStateFollowsItsEvents() {
        apply(new OrderRecorded("o", "w", "EXT-1", "Tmall", null, "CNY", List.of(), BigDecimal.ZERO, null, null,
                                List.of("vip")));
        apply(new OrderTagged("o", "w", "gift"));
        apply(new OrderUntagged("o", "w", "vip"));
        apply(new InternalNoteAdded("o", "w", "n-1", "alice", "call first"));
        apply(new InternalNoteEdited("o", "w", "n-1", "call after 10"));
        apply(new OrderStatusChanged("o", "w", OrderStatus.RECORDED, OrderStatus.CANCELLED, "duplicate", null,
                                     null));

        assertThat(state.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(state.get("statusReason").asString()).isEqualTo("duplicate");
        assertThat(state.get("tags").toString()).isEqualTo("[\"gift\"]");
        assertThat(state.get("notes").get("n-1").get("text").asString()).isEqualTo("call after 10");
        assertThat(state.get("notes").get("n-1").get("authorId").asString()).isEqualTo("alice");
        assertThat(state.get("externalOrderNumber").asString()).isEqualTo("EXT-1");
    }

    @Test
    void anAccountsStateFollowsItsEvents() {
        apply(new AccountRegistered("a", "w", Role.OWNER, "alice", "+8613800000000", "Alice"));
        apply(new LoginFailed("a", "203.0.113.9", "curl", 5));
        apply(new AccountLocked("a", Instant.parse("2026-11-22T10:15:00Z"), 5));

        assertThat(state.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(state.get("consecutiveFailures").asInt()).isEqualTo(5);
        assertThat(state.get("lockedUntil").asString()).isEqualTo("2026-11-22T10:15:00Z");
    }

    @Test
    void aRuleIsChosenByTheEventsClassNotByItsName() {
        StateFolds.apply(state, Impostor.OrderRecorded.class, json.valueToTree(new Impostor.OrderRecorded("o", "x")));

        assertThat(state.has("status")).as("the real OrderRecorded's rule sets a status").isFalse();
        assertThat(state.get("channel").asString()).as("an unknown event sets its fields").isEqualTo("x");
    }

    @Test
    void everyEventOfAnOrderTaskOrAccountIsKnownToTheReplay() {
        Set<Class<?>> withRules = StateFolds.eventsWithRules();
        Set<Class<?>> fieldsAreState = StateFolds.eventsWhoseFieldsAreState();
        Set<Class<?>> known = new HashSet<>(withRules);
        known.addAll(fieldsAreState);

        assertThat(withRules).as("an event has a rule or its fields are the state, not both")
                             .doesNotContainAnyElementsOf(fieldsAreState);
        assertThat(known).as("every event of a replayed stream, and only those, is known to the replay")
                         .containsExactlyInAnyOrderElementsOf(eventsOfReplayedStreams());
    }

    /** Every event record (it has a revision) published in the replayed aggregates' packages. */
    private static Set<Class<?>> eventsOfReplayedStreams() {
        Set<Class<?>> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(REPLAYED_PACKAGES).stream()
                .filter(type -> REPLAYED_PACKAGES.contains(type.getPackageName()))
                .map(JavaClass::reflect)
                .filter(type -> type.isRecord() && type.isAnnotationPresent(Revision.class))
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(events).as("the excluded events exist in those packages").containsAll(NOT_IN_A_REPLAYED_STREAM);
        events.removeAll(NOT_IN_A_REPLAYED_STREAM);
        return events;
    }

    private void apply(Object event) {
        StateFolds.apply(state, event.getClass(), json.valueToTree(event));
    }

    /** An event that only shares its simple name with a shared one. */
    private static final class Impostor {
        record OrderRecorded(String orderId, String channel) {
        }
    }
}
