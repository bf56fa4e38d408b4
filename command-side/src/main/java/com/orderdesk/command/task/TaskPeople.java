package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskUnassigned;
import com.orderdesk.events.task.TaskUnwatched;
import com.orderdesk.events.task.TaskWatched;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Who a task concerns: its assignees (active members of the workspace) and its watchers. The creator and every
 * assignee watch it; anyone in the workspace may watch or unwatch.
 */
class TaskPeople {

    static final int MAX_ASSIGNEES = 20;

    private final Task task;
    private final Set<String> assignees = new HashSet<>();
    private final Set<String> watchers = new HashSet<>();

    TaskPeople(Task task, String creatorId, Collection<String> initialAssignees) {
        this.task = task;
        assignees.addAll(initialAssignees);
        watchers.add(creatorId);
        watchers.addAll(initialAssignees);
    }

    boolean isAssigned(String accountId) {
        return assignees.contains(accountId);
    }

    @CommandHandler
    long handle(AssignTask command, WorkspaceMembers members) {
        task.requireChangeableBy(command.actor(), command.expectedVersion());
        if (!assignees.contains(command.assigneeId())) {
            requireMembers(members, command.actor().workspaceId(), List.of(command.assigneeId()));
            if (assignees.size() >= MAX_ASSIGNEES) {
                throw new TaskRuleViolation("A task has at most " + MAX_ASSIGNEES + " assignees");
            }
            apply(new TaskAssigned(command.taskId(), command.actor().workspaceId(), command.assigneeId()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(UnassignTask command) {
        task.requireChangeableBy(command.actor(), command.expectedVersion());
        if (assignees.contains(command.assigneeId())) {
            apply(new TaskUnassigned(command.taskId(), command.actor().workspaceId(), command.assigneeId()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(WatchTask command) {
        task.requireVisibleTo(command.actor());
        if (!watchers.contains(command.actor().accountId())) {
            apply(new TaskWatched(command.taskId(), command.actor().workspaceId(), command.actor().accountId()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(UnwatchTask command) {
        task.requireVisibleTo(command.actor());
        if (watchers.contains(command.actor().accountId())) {
            apply(new TaskUnwatched(command.taskId(), command.actor().workspaceId(), command.actor().accountId()));
        }
        return getVersion();
    }

    static void requireMembers(WorkspaceMembers members, String workspaceId, List<String> accountIds) {
        Set<String> outsiders = members.nonMembers(workspaceId, accountIds);
        if (!outsiders.isEmpty()) {
            throw new TaskRuleViolation("Only active members of the workspace can be assigned: " + outsiders);
        }
        if (accountIds.size() > MAX_ASSIGNEES) {
            throw new TaskRuleViolation("A task has at most " + MAX_ASSIGNEES + " assignees");
        }
    }

    @EventSourcingHandler
    void on(TaskAssigned event) {
        assignees.add(event.assigneeId());
        watchers.add(event.assigneeId());
    }

    @EventSourcingHandler
    void on(TaskUnassigned event) {
        assignees.remove(event.assigneeId());
    }

    @EventSourcingHandler
    void on(TaskWatched event) {
        watchers.add(event.watcherId());
    }

    @EventSourcingHandler
    void on(TaskUnwatched event) {
        watchers.remove(event.watcherId());
    }
}
