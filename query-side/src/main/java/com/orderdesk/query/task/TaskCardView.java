package com.orderdesk.query.task;

import java.time.Instant;
import java.util.List;

/**
 * A card on the board. {@code overdue}: due date passed and not done. {@code archived} cards appear only in live
 * updates, telling the board to drop them.
 */
public record TaskCardView(String taskId, String title, String status, String priority, Instant dueAt,
                           boolean overdue, List<String> labels, List<Person> assignees, int progress,
                           int checklistDone, int checklistTotal, String orderId, String orderNumber,
                           int commentCount, boolean archived, Instant updatedAt, long version) {

    /** A member as shown on cards: id and display name (null if the accounts view has not got them yet). */
    public record Person(String accountId, String displayName) {
    }
}
