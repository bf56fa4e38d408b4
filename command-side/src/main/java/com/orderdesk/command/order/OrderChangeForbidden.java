package com.orderdesk.command.order;

import com.orderdesk.command.refusal.Forbidden;
import com.orderdesk.web.problem.CommonProblemTypes;

/** The caller may see the order but not make this change (e.g. someone else's internal note). */
public class OrderChangeForbidden extends Forbidden {

    public OrderChangeForbidden(String message) {
        super(CommonProblemTypes.FORBIDDEN, "Forbidden", message);
    }
}
