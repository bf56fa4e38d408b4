package com.orderdesk.command.task;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.command.caller.IdempotencyKey;
import com.orderdesk.command.web.Commands;
import com.orderdesk.command.web.IdempotentCreation;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Task commands over HTTP. Updates, including editing and deleting a comment, need {@code If-Match} with the
 * version last read; creating a task accepts an {@code Idempotency-Key}; adding a comment and watching need
 * neither (they never overwrite anyone's change).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskCommandController {

    private static final String TASKS = "/api/tasks/";

    private final Commands commands;
    private final IdempotentCreation creation;

    TaskCommandController(Commands commands, IdempotentCreation creation) {
        this.commands = commands;
        this.creation = creation;
    }

    /** Creates a task, optionally linked to an order, with its assignees. */
    @PostMapping
    ResponseEntity<TaskVersion> create(Actor actor, @Valid @RequestBody TaskRequests.Create body, IdempotencyKey key) {
        return creation.create(actor, key, body, TaskVersion.class, () -> {
            String taskId = UUID.randomUUID().toString();
            commands.send(new CreateTask(taskId, actor, body.title(), body.description(), body.orderId(),
                                         body.priority(), body.dueAt(), body.labels(), body.assigneeIds()));
            return new TaskVersion(taskId, 0);
        }, created -> TASKS + created.taskId());
    }

    /** Changes the task's title and description. */
    @PutMapping("/{taskId}/details")
    TaskVersion details(Actor actor, @PathVariable String taskId, @Valid @RequestBody TaskRequests.Details body,
                        ExpectedVersion version) {
        return send(taskId, new ChangeTaskDetails(taskId, version.value(), actor, body.title(), body.description()));
    }

    /** Assigns a member of the workspace to the task. */
    @PostMapping("/{taskId}/assignees")
    TaskVersion assign(Actor actor, @PathVariable String taskId, @Valid @RequestBody TaskRequests.Assignee body,
                       ExpectedVersion version) {
        return send(taskId, new AssignTask(taskId, version.value(), actor, body.accountId()));
    }

    /** Takes an assignee off the task. */
    @DeleteMapping("/{taskId}/assignees/{accountId}")
    TaskVersion unassign(Actor actor, @PathVariable String taskId, @PathVariable String accountId,
                         ExpectedVersion version) {
        return send(taskId, new UnassignTask(taskId, version.value(), actor, accountId));
    }

    /** Sets the task's priority. */
    @PutMapping("/{taskId}/priority")
    TaskVersion priority(Actor actor, @PathVariable String taskId, @Valid @RequestBody TaskRequests.Priority body,
                         ExpectedVersion version) {
        return send(taskId, new ChangeTaskPriority(taskId, version.value(), actor, body.priority()));
    }

    /** Sets or clears the task's due date. */
    @PutMapping("/{taskId}/due-date")
    TaskVersion dueDate(Actor actor, @PathVariable String taskId, @Valid @RequestBody TaskRequests.DueDate body,
                        ExpectedVersion version) {
        return send(taskId, new ChangeTaskDueDate(taskId, version.value(), actor, body.dueAt()));
    }

    /** Replaces the task's labels. */
    @PutMapping("/{taskId}/labels")
    TaskVersion labels(Actor actor, @PathVariable String taskId, @Valid @RequestBody TaskRequests.Labels body,
                       ExpectedVersion version) {
        return send(taskId, new ChangeTaskLabels(taskId, version.value(), actor, body.labels()));
    }

    /** Moves the task to another board column, with a reason. */
    @PostMapping("/{taskId}/moves")
    TaskVersion move(Actor actor, @PathVariable String taskId, @Valid @RequestBody TaskRequests.Move body,
                     ExpectedVersion version) {
        return send(taskId, new MoveTask(taskId, version.value(), actor, body.status(), body.reason()));
    }

    /** Reports the task's progress in percent. */
    @PutMapping("/{taskId}/progress")
    TaskVersion progress(Actor actor, @PathVariable String taskId, @Valid @RequestBody TaskRequests.Progress body,
                         ExpectedVersion version) {
        return send(taskId, new ReportTaskProgress(taskId, version.value(), actor, body.percent()));
    }

    /** Adds an item to the task's checklist. */
    @PostMapping("/{taskId}/checklist")
    ResponseEntity<TaskVersion> addItem(Actor actor, @PathVariable String taskId,
                                        @Valid @RequestBody TaskRequests.ChecklistItem body, ExpectedVersion version) {
        String itemId = UUID.randomUUID().toString();
        TaskVersion answer = send(taskId, new AddChecklistItem(taskId, version.value(), actor, itemId, body.text()));
        return ResponseEntity.created(URI.create(TASKS + taskId + "/checklist/" + itemId)).body(answer);
    }

    /** Ticks or unticks a checklist item. */
    @PutMapping("/{taskId}/checklist/{itemId}")
    TaskVersion tick(Actor actor, @PathVariable String taskId, @PathVariable String itemId,
                     @Valid @RequestBody TaskRequests.Tick body, ExpectedVersion version) {
        return send(taskId, new TickChecklistItem(taskId, version.value(), actor, itemId, body.done()));
    }

    /** Removes a checklist item. */
    @DeleteMapping("/{taskId}/checklist/{itemId}")
    TaskVersion removeItem(Actor actor, @PathVariable String taskId, @PathVariable String itemId,
                           ExpectedVersion version) {
        return send(taskId, new RemoveChecklistItem(taskId, version.value(), actor, itemId));
    }

    /** Archives the task: it leaves the board and can no longer be changed. */
    @PostMapping("/{taskId}/archive")
    TaskVersion archive(Actor actor, @PathVariable String taskId, ExpectedVersion version) {
        return send(taskId, new ArchiveTask(taskId, version.value(), actor));
    }

    /** Comments on the task; @username mentions notify those members. No If-Match: it overwrites nothing. */
    @PostMapping("/{taskId}/comments")
    ResponseEntity<TaskVersion> comment(Actor actor, @PathVariable String taskId,
                                        @Valid @RequestBody TaskRequests.Comment body) {
        String commentId = UUID.randomUUID().toString();
        TaskVersion answer = send(taskId, new CommentOnTask(taskId, actor, commentId, body.text()));
        return ResponseEntity.created(URI.create(TASKS + taskId + "/comments/" + commentId)).body(answer);
    }

    /** Edits one's own comment. */
    @PutMapping("/{taskId}/comments/{commentId}")
    TaskVersion editComment(Actor actor, @PathVariable String taskId, @PathVariable String commentId,
                            @Valid @RequestBody TaskRequests.Comment body, ExpectedVersion version) {
        return send(taskId, new EditTaskComment(taskId, version.value(), actor, commentId, body.text()));
    }

    /** Deletes one's own comment. */
    @DeleteMapping("/{taskId}/comments/{commentId}")
    TaskVersion deleteComment(Actor actor, @PathVariable String taskId, @PathVariable String commentId,
                              ExpectedVersion version) {
        return send(taskId, new DeleteTaskComment(taskId, version.value(), actor, commentId));
    }

    /** Starts watching the task: its changes reach the caller's inbox. */
    @PutMapping("/{taskId}/watchers/me")
    TaskVersion watch(Actor actor, @PathVariable String taskId) {
        return send(taskId, new WatchTask(taskId, actor));
    }

    /** Stops watching the task. */
    @DeleteMapping("/{taskId}/watchers/me")
    TaskVersion unwatch(Actor actor, @PathVariable String taskId) {
        return send(taskId, new UnwatchTask(taskId, actor));
    }

    private TaskVersion send(String taskId, Object command) {
        long version = commands.send(command);
        return new TaskVersion(taskId, version);
    }
}
