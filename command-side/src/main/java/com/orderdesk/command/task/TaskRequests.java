package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Bodies of the task endpoints: format checks only; rules and permissions are the aggregate's. */
final class TaskRequests {

    private TaskRequests() {
    }

    record Create(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
                  @Size(max = 64) String orderId, TaskPriority priority, Instant dueAt,
                  @Size(max = Task.MAX_LABELS) List<@NotBlank @Size(max = 40) String> labels,
                  @Size(max = TaskPeople.MAX_ASSIGNEES) List<@NotBlank @Size(max = 64) String> assigneeIds) {
    }

    record Details(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description) {
    }

    record Assignee(@NotBlank @Size(max = 64) String accountId) {
    }

    record Priority(@NotNull TaskPriority priority) {
    }

    record DueDate(Instant dueAt) {
    }

    record Labels(@NotNull @Size(max = Task.MAX_LABELS) List<@NotBlank @Size(max = 40) String> labels) {
    }

    record Move(@NotNull TaskStatus status, @Size(max = 500) String reason) {
    }

    record Progress(@Min(0) @Max(100) int percent) {
    }

    record ChecklistItem(@NotBlank @Size(max = 300) String text) {
    }

    record Tick(boolean done) {
    }

    record Comment(@NotBlank @Size(max = TaskComments.MAX_LENGTH) String text) {
    }
}
