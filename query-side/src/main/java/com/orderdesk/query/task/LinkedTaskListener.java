package com.orderdesk.query.task;

/**
 * Hears that a task linked to an order changed, for the views of that order that show its tasks (the live order
 * detail). The order feature implements it, so the task board never depends on the order feature.
 */
@FunctionalInterface
public interface LinkedTaskListener {

    void linkedTaskChanged(String workspaceId, String orderId);
}
