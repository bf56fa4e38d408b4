package com.orderdesk.query.notification;

/** Why someone got a notification. */
public enum NotificationKind {
    /** You were assigned to a task. */
    ASSIGNED,
    /** Someone @mentioned you in a task comment. */
    MENTIONED,
    /** Someone commented on a task you watch. */
    TASK_COMMENTED,
    /** A task you watch moved to another column. */
    TASK_MOVED,
    /** A task you watch got another due date. */
    TASK_DUE_DATE_CHANGED,
    /** A task you watch is due within 24 hours. */
    TASK_DUE_SOON,
    /** A task you watch is past its due date and not done. */
    TASK_OVERDUE,
    /** An order you follow changed status. */
    ORDER_STATUS_CHANGED,
    /** Your account signed in from an IP address or device not seen before. */
    ABNORMAL_LOGIN,
    /** An admin answered your support request. */
    SUPPORT_REQUEST_ANSWERED,
    /** An admin closed your support request. */
    SUPPORT_REQUEST_CLOSED
}
