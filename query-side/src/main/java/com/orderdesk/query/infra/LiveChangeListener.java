package com.orderdesk.query.infra;

import org.postgresql.PGNotification;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Listens for {@link LiveChanges} announced by any query-side instance and hands them to this instance's handlers.
 * Changes announced while the connection was down reach this instance's live views with the next change of the
 * same view (a browser that reconnects gets the current state anyway).
 */
@Component
class LiveChangeListener extends NotificationListener {

    private final LiveChanges changes;

    LiveChangeListener(DataSource dataSource, LiveChanges changes) {
        super("live-change-listener", dataSource, LiveChanges.CHANNEL);
        this.changes = changes;
    }

    @Override
    void received(PGNotification[] notifications) {
        for (PGNotification notification : notifications) {
            changes.deliver(notification.getParameter());
        }
    }
}
