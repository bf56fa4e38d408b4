package com.orderdesk.query.infra;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Listens on one PostgreSQL notification channel on a connection of its own and hands what arrives to
 * {@link #received}. If the connection drops, it reconnects after a pause and calls {@link #connected} again, where
 * a listener makes up for what it may have missed meanwhile.
 */
abstract class NotificationListener extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final int QUIET_WAITS_BEFORE_PING = 30;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final String channel;

    NotificationListener(String threadName, DataSource dataSource, String channel) {
        super(threadName);
        this.dataSource = dataSource;
        this.channel = channel;
    }

    /** Listening (again): whatever was notified while nobody listened is lost. */
    void connected() {
    }

    abstract void received(PGNotification[] notifications);

    @Override
    final void loop() {
        while (running()) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException e) {
                if (running()) {
                    log.warn("Lost the notifications of {} ({}); reconnecting", channel, e.getClass().getSimpleName());
                    pause(RECONNECT_DELAY);
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
            PGConnection notifications = connection.unwrap(PGConnection.class);
            connected();
            int quietWaits = 0;
            while (running()) {
                PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                if (received != null && received.length > 0) {
                    received(received);
                    quietWaits = 0;
                } else if (++quietWaits == QUIET_WAITS_BEFORE_PING) {
                    // Waiting only reads: a connection that died silently would never say so. Asking does.
                    statement.execute("SELECT 1");
                    quietWaits = 0;
                }
            }
            statement.execute("UNLISTEN " + channel); // the connection goes back to the pool
        }
    }
}
