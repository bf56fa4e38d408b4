package com.orderdesk.command.task;

import com.orderdesk.events.task.ChecklistItemAdded;
import com.orderdesk.events.task.ChecklistItemRemoved;
import com.orderdesk.events.task.ChecklistItemTicked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** A task's checklist: items to tick off. */
class TaskChecklist {

    static final int MAX_ITEMS = 100;

    private final Task task;
    private final Map<String, Boolean> doneByItemId = new HashMap<>();

    TaskChecklist(Task task) {
        this.task = task;
    }

    @CommandHandler
    long handle(AddChecklistItem command) {
        task.requireChangeableBy(command.actor(), command.expectedVersion());
        if (command.text() == null || command.text().isBlank() || command.text().length() > 300) {
            throw new TaskRuleViolation("A checklist item has 1 to 300 characters");
        }
        if (doneByItemId.size() >= MAX_ITEMS || doneByItemId.containsKey(command.itemId())) {
            throw new TaskRuleViolation("A checklist has at most " + MAX_ITEMS + " distinct items");
        }
        apply(new ChecklistItemAdded(command.taskId(), command.actor().workspaceId(), command.itemId(),
                                     command.text().strip()));
        return getVersion();
    }

    @CommandHandler
    long handle(TickChecklistItem command) {
        task.requireChangeableBy(command.actor(), command.expectedVersion());
        Boolean done = requireItem(command.itemId());
        if (done != command.done()) {
            apply(new ChecklistItemTicked(command.taskId(), command.actor().workspaceId(), command.itemId(),
                                          command.done()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(RemoveChecklistItem command) {
        task.requireChangeableBy(command.actor(), command.expectedVersion());
        requireItem(command.itemId());
        apply(new ChecklistItemRemoved(command.taskId(), command.actor().workspaceId(), command.itemId()));
        return getVersion();
    }

    private Boolean requireItem(String itemId) {
        Boolean done = doneByItemId.get(itemId);
        if (done == null) {
            throw new TaskRuleViolation("The checklist has no item " + itemId);
        }
        return done;
    }

    @EventSourcingHandler
    void on(ChecklistItemAdded event) {
        doneByItemId.put(event.itemId(), false);
    }

    @EventSourcingHandler
    void on(ChecklistItemTicked event) {
        doneByItemId.put(event.itemId(), event.done());
    }

    @EventSourcingHandler
    void on(ChecklistItemRemoved event) {
        doneByItemId.remove(event.itemId());
    }
}
