package com.orderdesk.command.task;

/** A command broke a rule of the task; nothing changed. */
public class TaskRuleViolation extends RuntimeException {

    public TaskRuleViolation(String message) {
        super(message);
    }
}
