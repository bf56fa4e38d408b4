package com.orderdesk.command.order;

/** The caller may see the order but not make this change (e.g. someone else's internal note). */
public class OrderChangeForbidden extends RuntimeException {

    public OrderChangeForbidden(String message) {
        super(message);
    }
}
