package com.orderdesk.command.task;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.command.order.OrderNumberRegistry;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDetailsChanged;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskLabelsChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskPriorityChanged;
import com.orderdesk.events.task.TaskProgressReported;
import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.web.caller.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A piece of work in a workspace, optionally about an order. Owners change any task; collaborators the tasks
 * they created or are assigned to; auditors none. Assignees and watchers are kept by {@link TaskPeople}.
 */
@Aggregate
public class Task {

    static final int MAX_LABELS = 10;

    @AggregateIdentifier
    private String taskId;
    private String workspaceId;
    private String creatorId;
    private TaskStatus status;
    private TaskStatus blockedFrom;
    private boolean archived;

    @AggregateMember
    private TaskPeople people;

    @AggregateMember
    private TaskChecklist checklist;

    @AggregateMember
    private TaskComments comments;

    protected Task() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Task(CreateTask command, WorkspaceMembers members, OrderNumberRegistry orders) {
        Actor actor = command.actor();
        if (actor.role() != Role.OWNER && actor.role() != Role.COLLABORATOR) {
            throw new TaskChangeForbidden("Only owners and collaborators create tasks");
        }
        requireTitle(command.title());
        List<String> assigneeIds = command.assigneeIds() == null ? List.of()
                : command.assigneeIds().stream().distinct().toList();
        TaskPeople.requireMembers(members, actor.workspaceId(), assigneeIds);
        if (command.orderId() != null && !orders.isRecorded(actor.workspaceId(), command.orderId())) {
            throw new TaskRuleViolation("The workspace has no order " + command.orderId());
        }
        apply(new TaskCreated(command.taskId(), actor.workspaceId(), actor.accountId(), command.title().strip(),
                              command.description(), command.orderId(),
                              command.priority() == null ? TaskPriority.NORMAL : command.priority(), command.dueAt(),
                              labels(command.labels()), assigneeIds));
    }

    @CommandHandler
    long handle(ChangeTaskDetails command) {
        requireChangeableBy(command.actor(), command.expectedVersion());
        requireTitle(command.title());
        apply(new TaskDetailsChanged(taskId, workspaceId, command.title().strip(), command.description()));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeTaskPriority command) {
        requireChangeableBy(command.actor(), command.expectedVersion());
        apply(new TaskPriorityChanged(taskId, workspaceId, Objects.requireNonNull(command.priority())));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeTaskDueDate command) {
        requireChangeableBy(command.actor(), command.expectedVersion());
        apply(new TaskDueDateChanged(taskId, workspaceId, command.dueAt()));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeTaskLabels command) {
        requireChangeableBy(command.actor(), command.expectedVersion());
        apply(new TaskLabelsChanged(taskId, workspaceId, labels(command.labels())));
        return getVersion();
    }

    @CommandHandler
    long handle(MoveTask command) {
        requireChangeableBy(command.actor(), command.expectedVersion());
        TaskColumns.check(status, blockedFrom, command);
        apply(new TaskMoved(taskId, workspaceId, status, command.status(),
                            command.status() == TaskStatus.BLOCKED ? command.reason().strip() : command.reason()));
        return getVersion();
    }

    @CommandHandler
    long handle(ReportTaskProgress command) {
        requireChangeableBy(command.actor(), command.expectedVersion());
        if (command.percent() < 0 || command.percent() > 100) {
            throw new TaskRuleViolation("Progress is a percentage from 0 to 100");
        }
        apply(new TaskProgressReported(taskId, workspaceId, command.percent()));
        return getVersion();
    }

    @CommandHandler
    long handle(ArchiveTask command) {
        requireChangeableBy(command.actor(), command.expectedVersion());
        apply(new TaskArchived(taskId, workspaceId));
        return getVersion();
    }

    void requireVisibleTo(Actor actor) {
        if (!Objects.equals(workspaceId, actor.workspaceId())) {
            throw new TaskNotFound(taskId);
        }
    }

    void requireVersion(Long expectedVersion) {
        ExpectedVersion.require(taskId, expectedVersion, getVersion());
    }

    /** Workspace first (404), then version (412), then archive state and the caller's right to change it. */
    void requireChangeableBy(Actor actor, Long expectedVersion) {
        requireVisibleTo(actor);
        requireVersion(expectedVersion);
        if (archived) {
            throw new TaskRuleViolation("An archived task can no longer be changed");
        }
        boolean mine = actor.accountId().equals(creatorId) || people.isAssigned(actor.accountId());
        if (!(actor.role() == Role.OWNER || (actor.role() == Role.COLLABORATOR && mine))) {
            throw new TaskChangeForbidden("Collaborators change only tasks they created or are assigned to");
        }
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new TaskRuleViolation("A task title has 1 to 200 characters");
        }
    }

    private static List<String> labels(List<String> labels) {
        List<String> cleaned = labels == null ? List.of()
                : labels.stream().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (cleaned.size() > MAX_LABELS || cleaned.stream().anyMatch(l -> l.length() > 40)) {
            throw new TaskRuleViolation("A task has at most " + MAX_LABELS + " labels of at most 40 characters");
        }
        return cleaned;
    }

    @EventSourcingHandler
    void on(TaskCreated event) {
        taskId = event.taskId();
        workspaceId = event.workspaceId();
        creatorId = event.creatorId();
        status = TaskStatus.TODO;
        people = new TaskPeople(this, event.creatorId(), event.assigneeIds());
        checklist = new TaskChecklist(this);
        comments = new TaskComments(this);
    }

    @EventSourcingHandler
    void on(TaskMoved event) {
        blockedFrom = event.to() == TaskStatus.BLOCKED ? event.from() : null;
        status = event.to();
    }

    @EventSourcingHandler
    void on(TaskArchived event) {
        archived = true;
    }

}
