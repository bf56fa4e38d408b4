package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskStatus;

import java.util.Set;

/** The task cannot move to the requested column from where it is. */
public class IllegalTaskMove extends RuntimeException {

    private final TaskStatus current;
    private final Set<TaskStatus> allowed;

    public IllegalTaskMove(TaskStatus current, TaskStatus requested, Set<TaskStatus> allowed) {
        super("A task in " + current + " cannot move to " + requested + "; it can move to " + allowed);
        this.current = current;
        this.allowed = Set.copyOf(allowed);
    }

    public TaskStatus current() {
        return current;
    }

    public Set<TaskStatus> allowed() {
        return allowed;
    }
}
