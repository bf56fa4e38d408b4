package com.orderdesk.query.task;

import java.time.Instant;
import java.util.List;

/** One task with everything about it, and its activity oldest first. */
public record TaskDetailView(TaskCardView card, String description, String blockedReason, String creatorId,
                             List<TaskCardView.Person> watchers, List<ChecklistItem> checklist,
                             List<Comment> comments, List<Activity> activity, Instant createdAt) {

    public record ChecklistItem(String itemId, String text, boolean done) {
    }

    public record Comment(String commentId, TaskCardView.Person author, String text, Instant createdAt,
                          Instant editedAt) {
    }

    public record Activity(long sequence, Instant at, String eventType, String actorId, String actorRole,
                           String summary) {
    }
}
