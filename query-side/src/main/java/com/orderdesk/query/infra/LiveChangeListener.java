package com.orderdesk.query.infra;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Listens for {@link LiveChanges} announced by any query-side instance and hands them to this instance's handlers.
 * If the connection drops, it reconnects after a pause; changes announced meanwhile reach this instance's live views
 * with the next change of the same view (a browser reconnecting gets the current state anyway).
 */
@Component
class LiveChangeListener extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(LiveChangeListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final int QUIET_WAITS_BEFORE_PING = 30;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final LiveChanges changes;

    LiveChangeListener(DataSource dataSource, LiveChanges changes) {
        super("live-change-listener");
        this.dataSource = dataSource;
        this.changes = changes;
    }

    @Override
    void loop() {
        while (running()) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException e) {
                if (running()) {
                    log.warn("Lost the live change notifications ({}); reconnecting", e.getClass().getSimpleName());
                    pause(RECONNECT_DELAY);
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + LiveChanges.CHANNEL);
            PGConnection notifications = connection.unwrap(PGConnection.class);
            int quietWaits = 0;
            while (running()) {
                PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                if (received != null && received.length > 0) {
                    for (PGNotification notification : received) {
                        changes.deliver(notification.getParameter());
                    }
                    quietWaits = 0;
                } else if (++quietWaits == QUIET_WAITS_BEFORE_PING) {
                    statement.execute("SELECT 1"); // a connection that died silently says so when asked
                    quietWaits = 0;
                }
            }
            statement.execute("UNLISTEN " + LiveChanges.CHANNEL);
        }
    }
}
