package com.orderdesk.query.audit;

import com.orderdesk.events.account.AccessDenied;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.CommandRejected;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.ProfileRectified;
import com.orderdesk.events.account.UnknownAccountLoginAttempted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * One audit entry per event of every aggregate, and per security event: type, aggregate, workspace, actor (with
 * the display name the actor had then), role, client IP, user agent, request, correlation and causation ids,
 * result and a summary. Runs in one segment, so entries are written in the event store's global order and the
 * display names it keeps are those of the moment. Idempotent: an entry's id is its event's id.
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
class AuditProjection {

    static final String PROCESSING_GROUP = "audit-trail";

    private final AuditEntries entries;

    AuditProjection(AuditEntries entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        remember(payload);
        MetaData meta = message.getMetaData();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        String actorId = text(meta, "actorId");
        if (actorId == null) {
            actorId = subjectOf(payload); // sign-in events: the account signing in
        }
        String workspaceId = text(meta, "workspaceId");
        if (workspaceId == null) {
            workspaceId = entries.workspaceOf(actorId);
        }
        AuditSummaries.Outcome outcome = AuditSummaries.outcome(payload);
        entries.insert(new AuditEntries.Entry(
                message.getIdentifier(), token == null ? null : token.position().stream().boxed().findFirst()
                                                                     .orElse(null),
                message.getTimestamp(), message.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), workspaceId, actorId, entries.nameOf(actorId),
                text(meta, "actorRole"), first(text(meta, "clientIp"), clientIpOf(payload)),
                first(text(meta, "userAgent"), userAgentOf(payload)), text(meta, "requestId"),
                text(meta, "traceId"), text(meta, "correlationId"), outcome.outcome(), outcome.reason(),
                AuditSummaries.summary(payload)));
    }

    /** A rebuild starts over from the first event; the query side's own refusals are kept (they are no events). */
    @ResetHandler
    void reset() {
        entries.clear();
    }

    private void remember(Object payload) {
        if (payload instanceof AccountRegistered e) {
            entries.rememberAccount(e.accountId(), e.workspaceId(), e.displayName());
        } else if (payload instanceof MemberInvited e) {
            entries.rememberAccount(e.accountId(), e.workspaceId(), e.displayName());
        } else if (payload instanceof InvitationAccepted e) {
            entries.rememberAccount(e.accountId(), e.workspaceId(), null);
        } else if (payload instanceof ProfileRectified e) {
            entries.rememberAccount(e.accountId(), null, e.displayName());
        }
    }

    private static String subjectOf(Object payload) {
        if (payload instanceof LoginSucceeded e) {
            return e.accountId();
        }
        if (payload instanceof LoginFailed e) {
            return e.accountId();
        }
        if (payload instanceof LoginRefused e) {
            return e.accountId();
        }
        if (payload instanceof AccessDenied e) {
            return e.accountId();
        }
        if (payload instanceof CommandRejected e) {
            return e.accountId();
        }
        return null;
    }

    private static String clientIpOf(Object payload) {
        if (payload instanceof LoginSucceeded e) {
            return e.clientIp();
        }
        if (payload instanceof LoginFailed e) {
            return e.clientIp();
        }
        if (payload instanceof LoginRefused e) {
            return e.clientIp();
        }
        if (payload instanceof UnknownAccountLoginAttempted e) {
            return e.clientIp();
        }
        return null;
    }

    private static String userAgentOf(Object payload) {
        if (payload instanceof LoginSucceeded e) {
            return e.userAgent();
        }
        if (payload instanceof LoginFailed e) {
            return e.userAgent();
        }
        if (payload instanceof LoginRefused e) {
            return e.userAgent();
        }
        if (payload instanceof UnknownAccountLoginAttempted e) {
            return e.userAgent();
        }
        return null;
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
