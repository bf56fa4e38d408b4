package com.orderdesk.command.task;

import com.orderdesk.command.refusal.Forbidden;
import com.orderdesk.web.problem.CommonProblemTypes;

/** The caller may see the task but not change it (a collaborator who neither created nor is assigned to it). */
public class TaskChangeForbidden extends Forbidden {

    public TaskChangeForbidden(String message) {
        super(CommonProblemTypes.FORBIDDEN, "Forbidden", message);
    }
}
