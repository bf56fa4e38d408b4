package com.orderdesk.events.privacy;

/** Whose personal data a field holds; a subject's key is named {@code <prefix>:<id>}. */
public enum DataSubject {
    /** A user of OrderDesk, identified by their account id. */
    ACCOUNT("account"),
    /** The buyer of one order, identified by the order id (a buyer has no account here). */
    CUSTOMER("customer");

    private final String prefix;

    DataSubject(String prefix) {
        this.prefix = prefix;
    }

    public String subjectId(String id) {
        return prefix + ":" + id;
    }
}
