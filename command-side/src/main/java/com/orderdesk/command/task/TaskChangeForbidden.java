package com.orderdesk.command.task;

/** The caller may see the task but not change it (a collaborator who neither created nor is assigned to it). */
public class TaskChangeForbidden extends RuntimeException {

    public TaskChangeForbidden(String message) {
        super(message);
    }
}
