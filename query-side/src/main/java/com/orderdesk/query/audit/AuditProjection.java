package com.orderdesk.query.audit;

import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.ActsAsAccount;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.ProfileRectified;
import com.orderdesk.events.account.SignInAttempt;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.DeviceDataExpired;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

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

    private final AuditTrailWrites entries;

    AuditProjection(AuditTrailWrites entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        remember(payload);
        MetaData meta = message.getMetaData();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        String actorId = text(meta, "actorId");
        if (actorId == null && payload instanceof ActsAsAccount account) {
            actorId = account.accountId(); // sign-in events: the account signing in
        }
        AuditTrailWrites.KnownAccount known = entries.account(actorId);
        String workspaceId = first(text(meta, "workspaceId"), known.workspaceId());
        SignInAttempt attempt = payload instanceof SignInAttempt signIn ? signIn : null;
        AuditSummaries.Outcome outcome = AuditSummaries.outcome(payload);
        entries.insert(new AuditEntry(
                message.getIdentifier(), token == null || token.position().isEmpty() ? null
                        : token.position().getAsLong(),
                message.getTimestamp(), message.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), workspaceId, actorId, known.displayName(),
                text(meta, "actorRole"), first(text(meta, "clientIp"), attempt == null ? null : attempt.clientIp()),
                first(text(meta, "userAgent"), attempt == null ? null : attempt.userAgent()), text(meta, "requestId"),
                text(meta, "traceId"), text(meta, "correlationId"), outcome.outcome(), outcome.reason(),
                AuditSummaries.summary(payload)));
    }

    /** A rebuild starts over from the first event; the query side's own refusals are kept (they are no events). */
    @ResetHandler
    void reset() {
        entries.clear();
    }

    private void remember(Object payload) {
        if (payload instanceof AccountErased e) {
            entries.eraseAccount(e.accountId());
        } else if (payload instanceof DeviceDataExpired e) {
            entries.expireDeviceData(e.throughDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        } else if (payload instanceof AccountRegistered e) {
            entries.rememberAccount(e.accountId(), e.workspaceId(), e.displayName());
        } else if (payload instanceof MemberInvited e) {
            entries.rememberAccount(e.accountId(), e.workspaceId(), e.displayName());
        } else if (payload instanceof InvitationAccepted e) {
            entries.rememberAccount(e.accountId(), e.workspaceId(), null);
        } else if (payload instanceof ProfileRectified e) {
            entries.rememberAccount(e.accountId(), null, e.displayName());
        }
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
