package com.orderdesk.query.infra;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Listens on the PostgreSQL channel that the event store's append trigger notifies at every commit (command
 * migration V11) and wakes the event store, so projections see a new event within milliseconds instead of at the
 * next poll. Polling stays on as the fallback: if the connection drops, the listener reconnects after a pause and
 * wakes the store once, in case it missed a notification meanwhile.
 */
class EventAppendListener extends BackgroundLoop {

    static final String CHANNEL = "orderdesk_event_appended";
    private static final Logger log = LoggerFactory.getLogger(EventAppendListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final int QUIET_WAITS_BEFORE_PING = 30;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final WakeableEventStore eventStore;

    EventAppendListener(DataSource dataSource, WakeableEventStore eventStore) {
        super("event-append-listener");
        this.dataSource = dataSource;
        this.eventStore = eventStore;
    }

    @Override
    void loop() {
        while (running()) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException e) {
                if (running()) {
                    log.warn("Lost the event append notifications ({}); polling until reconnected",
                             e.getClass().getSimpleName());
                    pause(RECONNECT_DELAY);
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
            PGConnection notifications = connection.unwrap(PGConnection.class);
            eventStore.wake(); // whatever was appended while nobody listened
            int quietWaits = 0;
            while (running()) {
                var received = notifications.getNotifications(WAIT_MILLIS);
                if (received != null && received.length > 0) {
                    eventStore.wake();
                    quietWaits = 0;
                } else if (++quietWaits == QUIET_WAITS_BEFORE_PING) {
                    // Waiting only reads: a connection that died silently would never say so. Asking does.
                    statement.execute("SELECT 1");
                    quietWaits = 0;
                }
            }
            statement.execute("UNLISTEN " + CHANNEL); // the connection goes back to the pool
        }
    }
}
