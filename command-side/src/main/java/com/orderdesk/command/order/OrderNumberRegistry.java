package com.orderdesk.command.order;

/** Set-based validation of external order numbers, which must be unique per workspace. */
public interface OrderNumberRegistry {

    /**
     * Claims the number for the order inside the current transaction, so the claim commits or rolls back
     * together with the order's events.
     *
     * @throws DuplicateExternalOrderNumber if another order of the workspace holds the number
     */
    void claim(String workspaceId, String externalOrderNumber, String orderId);

    /** Order ids of the numbers the workspace already recorded (the others are absent). */
    java.util.Map<String, String> recordedOrderIds(String workspaceId, java.util.Collection<String> numbers);

    /** Whether the workspace recorded an order with this id (tasks may link only to those). */
    boolean isRecorded(String workspaceId, String orderId);
}
