package com.orderdesk.command.task;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.IdempotentRequests;
import com.orderdesk.command.web.IfMatch;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

/**
 * Task commands over HTTP. Updates, including editing and deleting a comment, need {@code If-Match} with the
 * version last read; creating a task accepts an {@code Idempotency-Key}; adding a comment and watching need
 * neither (they never overwrite anyone's change).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskCommandController {

    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commands;
    private final RequestMetadata metadata;
    private final IdempotentRequests idempotentRequests;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    TaskCommandController(CommandGateway commands, RequestMetadata metadata, IdempotentRequests idempotentRequests,
                          TransactionTemplate transactions) {
        this.commands = commands;
        this.metadata = metadata;
        this.idempotentRequests = idempotentRequests;
        this.transactions = transactions;
    }

    @PostMapping
    ResponseEntity<String> create(@AuthenticationPrincipal Jwt token,
                                  @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                  @Valid @RequestBody TaskRequests.Create body, HttpServletRequest request) {
        Actor actor = Actor.of(token);
        MetaData meta = metadata.of(request);
        IdempotentRequests.Answer answer = transactions.execute(status -> idempotentRequests.onceIfKeyed(
                actor.workspaceId(), key, json.writeValueAsString(body), () -> {
                    String taskId = UUID.randomUUID().toString();
                    send(new CreateTask(taskId, actor, body.title(), body.description(), body.orderId(),
                                        body.priority(), body.dueAt(), body.labels(), body.assigneeIds()), meta);
                    return new IdempotentRequests.Answer(201, json.writeValueAsString(new TaskVersion(taskId, 0)),
                                                         false);
                }));
        TaskVersion created = json.readValue(answer.body(), TaskVersion.class);
        return ResponseEntity.status(answer.status()).location(URI.create("/api/tasks/" + created.taskId()))
                             .eTag(Long.toString(created.version()))
                             .header("Idempotent-Replayed", Boolean.toString(answer.replayed()))
                             .contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    @PutMapping("/{taskId}/details")
    ResponseEntity<TaskVersion> details(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                        @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody TaskRequests.Details body, HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      (v) -> new ChangeTaskDetails(taskId, v, Actor.of(token), body.title(), body.description()));
    }

    @PostMapping("/{taskId}/assignees")
    ResponseEntity<TaskVersion> assign(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody TaskRequests.Assignee body, HttpServletRequest request) {
        return update(taskId, ifMatch, request, v -> new AssignTask(taskId, v, Actor.of(token), body.accountId()));
    }

    @DeleteMapping("/{taskId}/assignees/{accountId}")
    ResponseEntity<TaskVersion> unassign(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                         @PathVariable String accountId,
                                         @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         HttpServletRequest request) {
        return update(taskId, ifMatch, request, v -> new UnassignTask(taskId, v, Actor.of(token), accountId));
    }

    @PutMapping("/{taskId}/priority")
    ResponseEntity<TaskVersion> priority(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                         @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody TaskRequests.Priority body, HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new ChangeTaskPriority(taskId, v, Actor.of(token), body.priority()));
    }

    @PutMapping("/{taskId}/due-date")
    ResponseEntity<TaskVersion> dueDate(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                        @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody TaskRequests.DueDate body, HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new ChangeTaskDueDate(taskId, v, Actor.of(token), body.dueAt()));
    }

    @PutMapping("/{taskId}/labels")
    ResponseEntity<TaskVersion> labels(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody TaskRequests.Labels body, HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new ChangeTaskLabels(taskId, v, Actor.of(token), body.labels()));
    }

    @PostMapping("/{taskId}/moves")
    ResponseEntity<TaskVersion> move(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody TaskRequests.Move body, HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new MoveTask(taskId, v, Actor.of(token), body.status(), body.reason()));
    }

    @PutMapping("/{taskId}/progress")
    ResponseEntity<TaskVersion> progress(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                         @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody TaskRequests.Progress body, HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new ReportTaskProgress(taskId, v, Actor.of(token), body.percent()));
    }

    @PostMapping("/{taskId}/checklist")
    ResponseEntity<TaskVersion> addItem(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                        @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody TaskRequests.ChecklistItem body,
                                        HttpServletRequest request) {
        String itemId = UUID.randomUUID().toString();
        return created(update(taskId, ifMatch, request,
                              v -> new AddChecklistItem(taskId, v, Actor.of(token), itemId, body.text())),
                       "/api/tasks/" + taskId + "/checklist/" + itemId);
    }

    @PutMapping("/{taskId}/checklist/{itemId}")
    ResponseEntity<TaskVersion> tick(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                     @PathVariable String itemId,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody TaskRequests.Tick body, HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new TickChecklistItem(taskId, v, Actor.of(token), itemId, body.done()));
    }

    @DeleteMapping("/{taskId}/checklist/{itemId}")
    ResponseEntity<TaskVersion> removeItem(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                           @PathVariable String itemId,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new RemoveChecklistItem(taskId, v, Actor.of(token), itemId));
    }

    @PostMapping("/{taskId}/archive")
    ResponseEntity<TaskVersion> archive(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                        @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        HttpServletRequest request) {
        return update(taskId, ifMatch, request, v -> new ArchiveTask(taskId, v, Actor.of(token)));
    }

    @PostMapping("/{taskId}/comments")
    ResponseEntity<TaskVersion> comment(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                        @Valid @RequestBody TaskRequests.Comment body, HttpServletRequest request) {
        String commentId = UUID.randomUUID().toString();
        long version = send(new CommentOnTask(taskId, Actor.of(token), commentId, body.text()), metadata.of(request));
        return created(ResponseEntity.ok().eTag(Long.toString(version)).body(new TaskVersion(taskId, version)),
                       "/api/tasks/" + taskId + "/comments/" + commentId);
    }

    @PutMapping("/{taskId}/comments/{commentId}")
    ResponseEntity<TaskVersion> editComment(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                            @PathVariable String commentId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody TaskRequests.Comment body,
                                            HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new EditTaskComment(taskId, v, Actor.of(token), commentId, body.text()));
    }

    @DeleteMapping("/{taskId}/comments/{commentId}")
    ResponseEntity<TaskVersion> deleteComment(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                              @PathVariable String commentId,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              HttpServletRequest request) {
        return update(taskId, ifMatch, request,
                      v -> new DeleteTaskComment(taskId, v, Actor.of(token), commentId));
    }

    @PutMapping("/{taskId}/watchers/me")
    ResponseEntity<TaskVersion> watch(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                      HttpServletRequest request) {
        long version = send(new WatchTask(taskId, Actor.of(token)), metadata.of(request));
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new TaskVersion(taskId, version));
    }

    @DeleteMapping("/{taskId}/watchers/me")
    ResponseEntity<TaskVersion> unwatch(@AuthenticationPrincipal Jwt token, @PathVariable String taskId,
                                        HttpServletRequest request) {
        long version = send(new UnwatchTask(taskId, Actor.of(token)), metadata.of(request));
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new TaskVersion(taskId, version));
    }

    private ResponseEntity<TaskVersion> update(String taskId, String ifMatch, HttpServletRequest request,
                                               Function<Long, Object> command) {
        long expected = IfMatch.requiredVersion(ifMatch);
        long version = send(command.apply(expected), metadata.of(request));
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new TaskVersion(taskId, version));
    }

    private static ResponseEntity<TaskVersion> created(ResponseEntity<TaskVersion> response, String location) {
        return ResponseEntity.created(URI.create(location)).headers(response.getHeaders()).body(response.getBody());
    }

    private <R> R send(Object command, MetaData meta) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
    }
}
