package com.orderdesk.query.deadletter;

import com.orderdesk.query.web.NotFound;
import org.springframework.stereotype.Component;

import java.util.List;

/** Retrying parked sequences and telling what became of each. */
@Component
class DeadLetterRetries {

    /** What a retry did to a sequence: all of it projected, or still parked with the head's cause now. */
    record Outcome(String sequence, Result result, long lettersLeft, DeadLetterReads.Letter head) {
    }

    enum Result { PROJECTED, STILL_PARKED }

    private final DeadLetterQueues queues;
    private final DeadLetterReads reads;

    DeadLetterRetries(DeadLetterQueues queues, DeadLetterReads reads) {
        this.queues = queues;
        this.reads = reads;
    }

    /** @throws NotFound if the projection has nothing of that sequence parked */
    Outcome retry(String projection, String sequence) {
        if (!reads.isParked(projection, sequence)) {
            throw new NotFound("Parked sequence", sequence);
        }
        queues.retry(projection, sequence);
        return outcome(projection, sequence);
    }

    /** Each parked sequence once, the longest parked first; one that fails again does not stop the others. */
    List<Outcome> retryAll(String projection) {
        return reads.sequenceIds(projection).stream().map(sequence -> {
            queues.retry(projection, sequence);
            return outcome(projection, sequence);
        }).toList();
    }

    private Outcome outcome(String projection, String sequence) {
        DeadLetterReads.Letter head = reads.head(projection, sequence);
        if (head == null) {
            return new Outcome(sequence, Result.PROJECTED, 0, null);
        }
        return new Outcome(sequence, Result.STILL_PARKED, reads.count(projection, sequence), head);
    }
}
