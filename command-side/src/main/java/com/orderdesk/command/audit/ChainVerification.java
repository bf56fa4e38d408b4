package com.orderdesk.command.audit;

/**
 * The result of checking the event store against its hash chain and signed checkpoints. {@code firstBreak} is
 * null when everything checked out; {@code pending} counts events committed after the last chain extension
 * (not yet covered, so not yet provable).
 */
public record ChainVerification(boolean intact, long eventsChecked, long chainedUpTo, long pending,
                                long checkpointsChecked, Break firstBreak) {

    /** Where the record stops matching its chain, and how. */
    public record Break(long position, String problem) {
    }
}
