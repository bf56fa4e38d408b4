package com.orderdesk.command.task;

import com.orderdesk.command.refusal.Conflict;
import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.events.task.TaskStatus;

import java.util.Set;

/** The task cannot move to the requested column from where it is. */
public class IllegalTaskMove extends Conflict {

    public IllegalTaskMove(TaskStatus current, TaskStatus requested, Set<TaskStatus> allowed) {
        super(ProblemTypes.ILLEGAL_TRANSITION, "Move not allowed",
              "A task in " + current + " cannot move to " + requested + "; it can move to " + allowed);
        property("currentStatus", current);
        property("allowedStatuses", allowed.stream().sorted().toList());
    }
}
