package com.orderdesk.command.audit;

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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The history replay's state of a task, built from its events alone. */
class StateFoldsTest {

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

    private void apply(Object event) {
        StateFolds.apply(state, event.getClass().getSimpleName(), json.valueToTree(event));
    }
}
