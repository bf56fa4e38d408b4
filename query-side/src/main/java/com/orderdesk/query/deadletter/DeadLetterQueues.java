package com.orderdesk.query.deadletter;

import com.orderdesk.query.web.NotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The projections' dead-letter queues, through Axon's API (so its in-memory knowledge of parked sequences stays
 * true): which projections have one, retrying a parked sequence through the projection's own handlers, and
 * evicting letters.
 */
@Component
class DeadLetterQueues {

    private final EventProcessingConfiguration processing;

    DeadLetterQueues(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The projections whose failing events are parked rather than retried forever, by name. */
    List<String> projections() {
        return processing.eventProcessors().keySet().stream()
                         .filter(name -> processing.deadLetterQueue(name).isPresent())
                         .sorted().toList();
    }

    /**
     * Hands the sequence's letters, oldest first, to the projection's handlers again, in one transaction per letter
     * as Axon does; stops at the first that fails again (it stays parked with its new cause, the rest behind it).
     *
     * @return whether every letter of the sequence was projected (false if one failed again, or none was parked)
     */
    boolean retry(String projection, String sequence) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(projection).orElseThrow(() -> unknown(projection));
        return processor.process(letter -> letter instanceof JdbcDeadLetter<?> stored
                                           && stored.getSequenceIdentifier().equals(sequence));
    }

    /**
     * Drops the letters of the sequence parked before {@code decidedAt} (only the one named when {@code letterId}
     * is given); letters parked after the decision stay, so that reading an old decision again drops nothing new.
     *
     * @return how many letters left the queue
     */
    int evict(String projection, String sequence, String letterId, Instant decidedAt) {
        SequencedDeadLetterQueue<EventMessage<?>> queue =
                processing.deadLetterQueue(projection).orElseThrow(() -> unknown(projection));
        List<DeadLetter<? extends EventMessage<?>>> chosen = new ArrayList<>();
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
            boolean named = letterId == null
                            || letter instanceof JdbcDeadLetter<?> stored
                               && Objects.equals(stored.getIdentifier(), letterId);
            if (named && !letter.enqueuedAt().isAfter(decidedAt)) {
                chosen.add(letter);
            }
        }
        chosen.forEach(queue::evict);
        return chosen.size();
    }

    boolean hasQueue(String projection) {
        return processing.deadLetterQueue(projection).isPresent();
    }

    private static NotFound unknown(String projection) {
        return new NotFound("Projection with a dead-letter queue", projection);
    }
}
