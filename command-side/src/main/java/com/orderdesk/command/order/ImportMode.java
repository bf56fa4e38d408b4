package com.orderdesk.command.order;

/** What an import does with invalid orders. */
public enum ImportMode {
    /** Any invalid order: nothing is created. Duplicates are not errors. */
    ALL_OR_NOTHING,
    /** Invalid orders are reported and skipped; the valid ones are created. */
    SKIP_INVALID
}
