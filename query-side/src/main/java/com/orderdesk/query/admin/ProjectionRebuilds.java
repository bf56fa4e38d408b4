package com.orderdesk.query.admin;

import com.orderdesk.query.web.NotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds read models: stops a projection's processor, clears its dead letters, resets its tokens (its reset
 * handlers empty its tables), and starts it again, so it replays the event store from the first event. Only projections whose tables are
 * wholly derived from events can be rebuilt: "accounts" holds the token revocations the query side enforces (a
 * rebuild would briefly let revoked tokens in) and "notifications" holds what people have read.
 */
@Component
public class ProjectionRebuilds {

    static final List<String> REBUILDABLE = List.of("order-list", "order-timeline", "task-board", "audit-trail",
                                                  "order-reporting", "task-reporting", "support-requests",
                                                  "operations-reporting");

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Clock clock;
    private final Map<String, Instant> startedAt = new ConcurrentHashMap<>();
    private final Map<String, Instant> finishedAt = new ConcurrentHashMap<>();

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore events, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.clock = clock;
    }

    /**
     * How far a projection has got: its position against the event store's head, and the speed of its last
     * rebuild (events per second from its start until it reached the head, or until now while it runs).
     * {@code replaying} stays true after the head is reached until the next new event passes the reset point.
     */
    public record Progress(String projection, boolean rebuildable, boolean running, boolean replaying,
                           boolean caughtUp, long position, long head, Instant rebuildStartedAt,
                           Instant rebuildFinishedAt, Double eventsPerSecond) {
    }

    /** Starts rebuilding the projection, or every rebuildable one for "all"; answers their progress. */
    public List<Progress> rebuild(String name) {
        List<String> names = name.equals("all") ? REBUILDABLE : List.of(name);
        for (String projection : names) {
            if (!REBUILDABLE.contains(projection)) {
                throw new NotFound("Rebuildable projection", projection);
            }
            StreamingEventProcessor processor = processor(projection);
            processor.shutDown();
            try {
                // Letters parked for the old tables would hold back their whole sequence during the replay.
                processing.deadLetterQueue(projection).ifPresent(SequencedDeadLetterQueue::clear);
                processor.resetTokens();
                startedAt.put(projection, clock.instant());
                finishedAt.remove(projection);
            } finally {
                processor.start();
            }
        }
        return names.stream().map(this::progress).toList();
    }

    public List<Progress> progress() {
        return processing.eventProcessors().keySet().stream().sorted().map(this::progress).toList();
    }

    public Progress progress(String projection) {
        StreamingEventProcessor processor = processor(projection);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                                .min().orElse(-1);
        // Through Axon's API, so that it is the head of whichever event store this deployment uses.
        TrackingToken headToken = events.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        Instant started = startedAt.get(projection);
        if (started != null && caughtUp && position >= head) {
            finishedAt.putIfAbsent(projection, clock.instant());
        }
        Instant finished = finishedAt.get(projection);
        Double rate = null;
        if (started != null && position >= 0) {
            Instant until = finished != null ? finished : clock.instant();
            double seconds = Math.max(0.001, Duration.between(started, until).toMillis() / 1000.0);
            rate = (position + 1) / seconds;
        }
        return new Progress(projection, REBUILDABLE.contains(projection), processor.isRunning(), replaying, caughtUp,
                            position, head, started, finished, rate);
    }

    private StreamingEventProcessor processor(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                         .orElseThrow(() -> new NotFound("Projection", projection));
    }
}
