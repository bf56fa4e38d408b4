package com.orderdesk.query.audit;

import com.orderdesk.events.account.AccessDenied;
import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.CommandRejected;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.account.TokensRevoked;
import com.orderdesk.events.account.UnknownAccountLoginAttempted;
import com.orderdesk.events.account.WorkspaceTimeZoneChanged;
import com.orderdesk.events.operations.DeadLettersEvicted;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.privacy.AccountErasureRequested;
import com.orderdesk.events.privacy.CustomerErased;
import com.orderdesk.events.privacy.DeviceDataExpired;
import com.orderdesk.events.support.SupportRequestAnswered;
import com.orderdesk.events.support.SupportRequestClosed;
import com.orderdesk.events.support.SupportRequestFollowedUp;
import com.orderdesk.events.support.SupportRequestSubmitted;
import com.orderdesk.events.support.SupportRequestWithdrawn;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskUnassigned;

/**
 * What an event means, in words, and with what result. Summaries name ids, statuses and roles, never personal
 * data (names, phone numbers, addresses, texts people typed): those stay in the events, where the privacy
 * features can erase them.
 */
final class AuditSummaries {

    /** The result an entry records, and why when it was not a success. */
    record Outcome(String outcome, String reason) {
        static final Outcome SUCCEEDED = new Outcome("SUCCEEDED", null);
    }

    private AuditSummaries() {
    }

    static String summary(Object event) {
        if (event instanceof OrderRecorded e) {
            return "Recorded order " + e.externalOrderNumber() + " (" + e.lines().size() + " lines, "
                   + e.total().toPlainString() + " " + e.currency() + ")";
        }
        if (event instanceof OrderStatusChanged e) {
            return "Order status " + e.from() + " → " + e.to();
        }
        if (event instanceof TaskMoved e) {
            return "Task moved " + e.from() + " → " + e.to();
        }
        if (event instanceof TaskAssigned e) {
            return "Task assigned to " + e.assigneeId();
        }
        if (event instanceof TaskUnassigned e) {
            return "Task unassigned from " + e.assigneeId();
        }
        if (event instanceof SupportRequestSubmitted e) {
            return "Support request submitted (" + e.kind() + "), due " + e.dueAt();
        }
        if (event instanceof SupportRequestAnswered e) {
            return "Support request of " + e.accountId() + " answered";
        }
        if (event instanceof SupportRequestFollowedUp e) {
            return "Support request followed up, open again, due " + e.dueAt();
        }
        if (event instanceof SupportRequestWithdrawn) {
            return "Support request withdrawn by the requester";
        }
        if (event instanceof SupportRequestClosed e) {
            return "Support request of " + e.accountId() + " closed";
        }
        if (event instanceof MemberRoleChanged e) {
            return "Role " + e.previousRole() + " → " + e.role() + " for " + e.accountId();
        }
        if (event instanceof LoginSucceeded e) {
            return "Signed in" + (e.abnormal() ? " from a new " + (e.newIp() ? "IP address" : "device") : "");
        }
        if (event instanceof DeviceDataExpired e) {
            return "Device information of " + e.days().size() + " day(s) through " + e.throughDay()
                   + " expired (retention)";
        }
        if (event instanceof CustomerErased e) {
            return "Customer's personal data erased (" + e.reason().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (event instanceof AccountErasureRequested e) {
            return "Erasure of the account requested, due " + e.dueAt();
        }
        if (event instanceof LoginFailed e) {
            return "Sign-in failed (" + e.consecutiveFailures() + " in a row)";
        }
        if (event instanceof AccountLocked e) {
            return "Account locked until " + e.lockedUntil() + " after " + e.consecutiveFailures() + " failures";
        }
        if (event instanceof UnknownAccountLoginAttempted e) {
            // The fingerprint hashes what was typed (maybe someone's mobile number): it expires with device data.
            return "Sign-in with an unknown name";
        }
        if (event instanceof TokensRevoked e) {
            return "Sessions ended (" + e.reason() + ")";
        }
        if (event instanceof WorkspaceTimeZoneChanged e) {
            return "Time zone set to " + e.timeZone() + " (was "
                   + (e.previousTimeZone() == null ? "UTC, the default" : e.previousTimeZone()) + ")";
        }
        if (event instanceof AccessDenied e) {
            return "Refused " + e.method() + " " + e.path();
        }
        if (event instanceof DeadLettersEvicted e) {
            // The admin's reason is their own words: kept in the event and on the dead-letter page, not here.
            return (e.letterId() == null ? "Dead letters of " + e.sequence() : "Dead letter " + e.letterId() + " of "
                    + e.sequence()) + " evicted from " + e.projection();
        }
        if (event instanceof CommandRejected e) {
            return "Rejected " + e.method() + " " + e.path() + " with " + e.status();
        }
        return words(event.getClass().getSimpleName());
    }

    static Outcome outcome(Object event) {
        if (event instanceof LoginFailed) {
            return new Outcome("FAILED", "wrong password");
        }
        if (event instanceof UnknownAccountLoginAttempted) {
            return new Outcome("FAILED", "unknown login name");
        }
        if (event instanceof LoginRefused e) {
            return new Outcome("DENIED", e.reason());
        }
        if (event instanceof AccountLocked) {
            return new Outcome("DENIED", "too many failed sign-ins");
        }
        if (event instanceof AccessDenied) {
            return new Outcome("DENIED", "role does not allow it");
        }
        if (event instanceof CommandRejected e) {
            return new Outcome("REJECTED", e.title() + (e.problemType() == null ? "" : " (" + e.problemType() + ")"));
        }
        return Outcome.SUCCEEDED;
    }

    /** "TaskDueDateChanged" → "Task due date changed". */
    static String words(String typeName) {
        String spaced = typeName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
