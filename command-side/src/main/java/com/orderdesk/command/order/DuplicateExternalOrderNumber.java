package com.orderdesk.command.order;

/** The workspace already recorded an order with this external order number. */
public class DuplicateExternalOrderNumber extends RuntimeException {

    private final String existingOrderId;

    public DuplicateExternalOrderNumber(String externalOrderNumber, String existingOrderId) {
        super("External order number " + externalOrderNumber + " is already recorded in this workspace");
        this.existingOrderId = existingOrderId;
    }

    public String existingOrderId() {
        return existingOrderId;
    }
}
