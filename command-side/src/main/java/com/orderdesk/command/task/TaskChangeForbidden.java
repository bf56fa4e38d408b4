package com.orderdesk.command.task;

import com.orderdesk.command.refusal.Forbidden;
import com.orderdesk.command.refusal.ProblemTypes;

/** The caller may see the task but not change it (a collaborator who neither created nor is assigned to it). */
public class TaskChangeForbidden extends Forbidden {

    public TaskChangeForbidden(String message) {
        super(ProblemTypes.FORBIDDEN, "Forbidden", message);
    }
}
