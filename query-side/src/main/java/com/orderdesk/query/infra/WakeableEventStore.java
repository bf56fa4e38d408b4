package com.orderdesk.query.infra;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Axon's embedded event store, with two ways to learn of new events sooner than its polling allows.
 * <ul>
 * <li>{@link #wake()}: Axon wakes the store's reader after each commit of the app that appends; here the appends
 * happen in another process, so {@link EventAppendListener} calls it when PostgreSQL says events were committed.
 * <li>Availability callbacks: Axon's pooled processors ask their stream to call them back when events arrive and,
 * if the stream cannot (Axon's embedded store cannot), look again every 500 ms. The streams of this store accept
 * the callback, and {@link NewEventSignal} runs the callbacks as soon as the reader has read new events.
 * </ul>
 */
class WakeableEventStore extends EmbeddedEventStore {

    private static final Logger log = LoggerFactory.getLogger(WakeableEventStore.class);

    private final Set<CallbackStream> openStreams = ConcurrentHashMap.newKeySet();
    private final boolean callbacks;

    WakeableEventStore(Builder builder, boolean callbacks) {
        super(builder);
        this.callbacks = callbacks;
    }

    /** Makes the event reader read the event table now rather than at the end of its polling delay. */
    void wake() {
        afterCommit(List.of()); // in Axon's embedded store this only signals the reader
    }

    /** Tells every stream's processor that new events may be there. */
    void signalNewEvents() {
        for (CallbackStream stream : openStreams) {
            Runnable callback = stream.callback;
            if (callback == null) {
                continue;
            }
            try {
                callback.run();
            } catch (RuntimeException e) {
                // One processor's failing callback must not keep the signal from the others.
                log.warn("An availability callback failed ({})", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        TrackingEventStream stream = super.openStream(trackingToken);
        if (!callbacks) {
            return stream;
        }
        CallbackStream withCallback = new CallbackStream(stream);
        openStreams.add(withCallback);
        return withCallback;
    }

    /** A stream of Axon's embedded store that also accepts an availability callback. */
    private final class CallbackStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile Runnable callback;

        private CallbackStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public void close() {
            openStreams.remove(this);
            delegate.close();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }
    }
}
