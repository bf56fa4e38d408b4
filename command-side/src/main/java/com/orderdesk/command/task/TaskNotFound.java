package com.orderdesk.command.task;

/** No such task in the caller's workspace; answered as 404 so ids of other workspaces are not revealed. */
public class TaskNotFound extends RuntimeException {

    public TaskNotFound(String taskId) {
        super("Task " + taskId + " was not found");
    }
}
