package com.orderdesk.command.task;

import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.RuleViolated;

/** A command broke a rule of the task; nothing changed. */
public class TaskRuleViolation extends RuleViolated {

    public TaskRuleViolation(String message) {
        super(ProblemTypes.TASK_RULE_VIOLATED, "Task rule violated", message);
    }
}
