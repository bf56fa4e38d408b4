package com.orderdesk.command.support;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.support.SupportRequestAnswered;
import com.orderdesk.events.support.SupportRequestClosed;
import com.orderdesk.events.support.SupportRequestFollowedUp;
import com.orderdesk.events.support.SupportRequestStatus;
import com.orderdesk.events.support.SupportRequestSubmitted;
import com.orderdesk.events.support.SupportRequestWithdrawn;
import com.orderdesk.web.caller.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static com.orderdesk.events.support.SupportRequestStatus.ANSWERED;
import static com.orderdesk.events.support.SupportRequestStatus.OPEN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A support or privacy request of one user to the platform: OPEN → ANSWERED → CLOSED, a follow-up opens it again,
 * the requester may withdraw it until it is closed. Only the requester sees and follows up their request (anyone
 * else gets 404, as if it did not exist); only admins answer and close. Due 7 days after submission, as the
 * comparable policy promises an answer to rights requests within 7 days.
 */
@Aggregate
public class SupportRequest {

    static final Duration ANSWER_WITHIN = Duration.ofDays(7);
    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 4000;
    private static final Set<SupportRequestStatus> UNSETTLED = EnumSet.of(OPEN, ANSWERED);

    @AggregateIdentifier
    private String requestId;
    private String requesterId;
    private String workspaceId;
    private SupportRequestStatus status;
    private Instant dueAt;

    protected SupportRequest() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public SupportRequest(SubmitSupportRequest command, Clock clock) {
        Actor actor = command.actor();
        if (actor.role() == Role.ADMIN) {
            throw new SupportRequestForbidden("Admins handle support requests; they do not submit them");
        }
        if (command.kind() == null) {
            throw new SupportRuleViolation("A support request needs a kind: ACCESS, CORRECTION, DELETION or QUESTION");
        }
        Instant now = clock.instant();
        apply(new SupportRequestSubmitted(command.requestId(), actor.accountId(), actor.workspaceId(), command.kind(),
                                          text("subject", command.subject(), MAX_SUBJECT),
                                          text("message", command.message(), MAX_TEXT), now,
                                          now.plus(ANSWER_WITHIN)));
    }

    @CommandHandler
    long handle(AnswerSupportRequest command) {
        requireAdmin(command.actor(), command.expectedVersion());
        requireStatus(EnumSet.of(OPEN), "answered");
        apply(new SupportRequestAnswered(requestId, requesterId, workspaceId, command.actor().accountId(),
                                         text("answer", command.answer(), MAX_TEXT)));
        return getVersion();
    }

    @CommandHandler
    long handle(FollowUpSupportRequest command, Clock clock) {
        requireRequester(command.actor(), command.expectedVersion());
        requireStatus(UNSETTLED, "followed up");
        // Still unanswered: the first promise stands. Answered: the new question gets its own 7 days.
        Instant due = status == OPEN ? dueAt : clock.instant().plus(ANSWER_WITHIN);
        apply(new SupportRequestFollowedUp(requestId, requesterId, workspaceId,
                                           text("message", command.message(), MAX_TEXT), due));
        return getVersion();
    }

    @CommandHandler
    long handle(WithdrawSupportRequest command) {
        requireRequester(command.actor(), command.expectedVersion());
        requireStatus(UNSETTLED, "withdrawn");
        apply(new SupportRequestWithdrawn(requestId, requesterId, workspaceId));
        return getVersion();
    }

    @CommandHandler
    long handle(CloseSupportRequest command) {
        requireAdmin(command.actor(), command.expectedVersion());
        requireStatus(UNSETTLED, "closed");
        apply(new SupportRequestClosed(requestId, requesterId, workspaceId, command.actor().accountId(),
                                       text("resolution", command.resolution(), MAX_TEXT)));
        return getVersion();
    }

    /** The requester only, then the version: nobody else learns that the request exists. */
    private void requireRequester(Actor actor, Long expectedVersion) {
        if (!actor.accountId().equals(requesterId)) {
            throw new SupportRequestNotFound(requestId);
        }
        requireVersion(expectedVersion);
    }

    /** Admins see every request: the version first, then the role (the order of checks of every aggregate). */
    private void requireAdmin(Actor actor, Long expectedVersion) {
        requireVersion(expectedVersion);
        if (actor.role() != Role.ADMIN) {
            throw new SupportRequestForbidden("Only admins answer and close support requests");
        }
    }

    private void requireVersion(Long expectedVersion) {
        ExpectedVersion.require(requestId, expectedVersion, getVersion());
    }

    private void requireStatus(Set<SupportRequestStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalSupportRequestTransition(status, action);
        }
    }

    private static String text(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new SupportRuleViolation("A support request's " + field + " has 1 to " + max + " characters");
        }
        return stripped;
    }

    @EventSourcingHandler
    void on(SupportRequestSubmitted event) {
        requestId = event.requestId();
        requesterId = event.accountId();
        workspaceId = event.workspaceId();
        status = OPEN;
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(SupportRequestAnswered event) {
        status = ANSWERED;
    }

    @EventSourcingHandler
    void on(SupportRequestFollowedUp event) {
        status = OPEN;
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(SupportRequestWithdrawn event) {
        status = SupportRequestStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(SupportRequestClosed event) {
        status = SupportRequestStatus.CLOSED;
    }
}
