package com.orderdesk.command.order;

import com.orderdesk.command.refusal.Conflict;
import com.orderdesk.command.refusal.ProblemTypes;

/** The workspace already recorded an order with this external order number. */
public class DuplicateExternalOrderNumber extends Conflict {

    public DuplicateExternalOrderNumber(String externalOrderNumber, String existingOrderId) {
        super(ProblemTypes.DUPLICATE_EXTERNAL_ORDER_NUMBER, "Duplicate external order number",
              "External order number " + externalOrderNumber + " is already recorded in this workspace");
        property("existingOrderId", existingOrderId);
    }
}
