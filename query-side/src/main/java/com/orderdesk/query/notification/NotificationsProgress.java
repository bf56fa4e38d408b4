package com.orderdesk.query.notification;

/** Whether the notification projection has caught up with the event store (and is not replaying). */
@FunctionalInterface
interface NotificationsProgress {

    boolean caughtUp();
}
