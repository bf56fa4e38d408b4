package com.orderdesk.command.task;

import com.orderdesk.command.refusal.NotFound;

/** No such task in the caller's workspace; answered as 404 so ids of other workspaces are not revealed. */
public class TaskNotFound extends NotFound {

    public TaskNotFound(String taskId) {
        super("Task " + taskId + " was not found");
    }
}
