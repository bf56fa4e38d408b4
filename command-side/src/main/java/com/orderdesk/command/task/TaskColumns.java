package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import static com.orderdesk.events.task.TaskStatus.BLOCKED;
import static com.orderdesk.events.task.TaskStatus.DONE;
import static com.orderdesk.events.task.TaskStatus.IN_PROGRESS;
import static com.orderdesk.events.task.TaskStatus.IN_REVIEW;
import static com.orderdesk.events.task.TaskStatus.TODO;

/**
 * Which column a task may move to. BLOCKED is reachable from TODO and IN_PROGRESS and leaves only back to where
 * it came from; DONE can be reopened to TODO.
 */
final class TaskColumns {

    private static final Map<TaskStatus, EnumSet<TaskStatus>> NEXT = new EnumMap<>(TaskStatus.class);

    static {
        NEXT.put(TODO, EnumSet.of(IN_PROGRESS, BLOCKED));
        NEXT.put(IN_PROGRESS, EnumSet.of(TODO, IN_REVIEW, BLOCKED));
        NEXT.put(IN_REVIEW, EnumSet.of(IN_PROGRESS, DONE));
        NEXT.put(DONE, EnumSet.of(TODO));
    }

    private TaskColumns() {
    }

    static EnumSet<TaskStatus> allowed(TaskStatus from, TaskStatus blockedFrom) {
        return from == BLOCKED ? EnumSet.of(blockedFrom) : EnumSet.copyOf(NEXT.get(from));
    }

    static void check(TaskStatus from, TaskStatus blockedFrom, MoveTask command) {
        EnumSet<TaskStatus> allowed = allowed(from, blockedFrom);
        if (!allowed.contains(command.status())) {
            throw new IllegalTaskMove(from, command.status(), allowed);
        }
        if (command.status() == BLOCKED && (command.reason() == null || command.reason().isBlank())) {
            throw new TaskRuleViolation("Blocking a task needs a reason");
        }
    }
}
