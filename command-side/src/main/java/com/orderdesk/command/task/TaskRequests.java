package com.orderdesk.command.task;

import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskStatus;
import io.swagger.v3.oas.annotations.media.Schema;
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

    record Create(@Schema(example = "Pack order TB-1001") @NotBlank @Size(max = 200) String title,
                  @Schema(example = "Two tins of tea, gift-wrapped") @Size(max = 4000) String description,
                  @Schema(example = "5f0c2b8e-8d1a-4c3e-9a57-0d6f5a1b2c3d") @Size(max = 64) String orderId,
                  @Schema(example = "HIGH") TaskPriority priority,
                  @Schema(example = "2026-11-21T18:00:00Z") Instant dueAt,
                  @Schema(example = "[\"packing\"]")
                  @Size(max = Task.MAX_LABELS) List<@NotBlank @Size(max = 40) String> labels,
                  @Schema(example = "[\"7d3e1f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6\"]")
                  @Size(max = TaskPeople.MAX_ASSIGNEES) List<@NotBlank @Size(max = 64) String> assigneeIds) {
    }

    record Details(@Schema(example = "Pack order TB-1001") @NotBlank @Size(max = 200) String title,
                   @Schema(example = "Two tins of tea, gift-wrapped") @Size(max = 4000) String description) {
    }

    record Assignee(@Schema(example = "7d3e1f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6") @NotBlank @Size(max = 64)
                    String accountId) {
    }

    record Priority(@Schema(example = "URGENT") @NotNull TaskPriority priority) {
    }

    record DueDate(@Schema(example = "2026-11-21T18:00:00Z") Instant dueAt) {
    }

    record Labels(@Schema(example = "[\"packing\", \"gift\"]")
                  @NotNull @Size(max = Task.MAX_LABELS) List<@NotBlank @Size(max = 40) String> labels) {
    }

    record Move(@Schema(example = "IN_PROGRESS") @NotNull TaskStatus status,
                @Schema(example = "Started packing") @Size(max = 500) String reason) {
    }

    record Progress(@Schema(example = "60") @Min(0) @Max(100) int percent) {
    }

    record ChecklistItem(@Schema(example = "Print the invoice") @NotBlank @Size(max = 300) String text) {
    }

    record Tick(@Schema(example = "true") boolean done) {
    }

    record Comment(@Schema(example = "@li.wei the gift box is in stock")
                   @NotBlank @Size(max = TaskComments.MAX_LENGTH) String text) {
    }
}
