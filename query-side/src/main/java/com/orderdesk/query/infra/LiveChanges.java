package com.orderdesk.query.infra;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Changes of live views, told to every query-side instance: a writer announces which view of what changed with a
 * PostgreSQL notification (in its transaction, so it goes out when that commits, and never for a rollback), and
 * each instance's {@link LiveChangeListener} hands it to the local handler, which reads the view and sends it to
 * that instance's subscribers. So a browser on instance B sees a change that instance A projected. Nothing is
 * announced while a projection replays (a rebuild would announce every event it replays).
 */
@Component
public class LiveChanges {

    static final String CHANNEL = "orderdesk_live_change";
    private static final Logger log = LoggerFactory.getLogger(LiveChanges.class);
    private static final String SEPARATOR = "|";

    /**
     * A change of the view {@code view} of {@code id} in {@code scope} (a workspace or a recipient); the detail,
     * last, may contain anything.
     */
    public record Change(String view, String scope, String id, String detail) {
    }

    private final JdbcClient jdbc;
    private final Map<String, List<Consumer<Change>>> handlers = new ConcurrentHashMap<>();

    public LiveChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Announces the change to every instance (this one included) when the current transaction commits. */
    public void announce(String view, String scope, String id, String detail) {
        if (CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage())) {
            return;
        }
        String payload = String.join(SEPARATOR, view, scope, id, detail == null ? "" : detail);
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query().listOfRows();
    }

    /** Registers what this instance does when {@code view} changes anywhere. */
    public void on(String view, Consumer<Change> handler) {
        handlers.computeIfAbsent(view, v -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** A notification received by this instance's listener. */
    void deliver(String payload) {
        String[] parts = payload.split("\\" + SEPARATOR, 4); // the detail may hold the separator
        if (parts.length != 4) {
            return;
        }
        Change change = new Change(parts[0], parts[1], parts[2], parts[3].isEmpty() ? null : parts[3]);
        for (Consumer<Change> handler : handlers.getOrDefault(change.view(), List.of())) {
            try {
                handler.accept(change);
            } catch (RuntimeException e) {
                // One view that cannot be read now must not stop the others; the next change sends it again.
                log.warn("Live update of {} failed: {}", change.view(), e.getClass().getSimpleName());
            }
        }
    }
}
