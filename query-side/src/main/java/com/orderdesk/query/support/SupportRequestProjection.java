package com.orderdesk.query.support;

import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.support.SupportRequestAnswered;
import com.orderdesk.events.support.SupportRequestClosed;
import com.orderdesk.events.support.SupportRequestFollowedUp;
import com.orderdesk.events.support.SupportRequestSubmitted;
import com.orderdesk.events.support.SupportRequestWithdrawn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Support and privacy requests with their thread of messages, for the requester and the admins. Version guarded
 * ({@link SupportRequestWrites#advance}), so replays change nothing; rebuildable.
 */
@Component
@ProcessingGroup(SupportRequestProjection.PROCESSING_GROUP)
class SupportRequestProjection {

    static final String PROCESSING_GROUP = "support-requests";

    private final SupportRequestWrites rows;

    SupportRequestProjection(SupportRequestWrites rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(SupportRequestSubmitted e, @Timestamp Instant at, @SequenceNumber long version) {
        rows.insert(e, at, version);
    }

    @EventHandler
    void on(SupportRequestAnswered e, @Timestamp Instant at, @SequenceNumber long version) {
        if (rows.advance(e.requestId(), version, at)) {
            rows.answered(e.requestId(), at);
            rows.addMessage(e.requestId(), version, SupportRequestWrites.MessageKind.ANSWER, e.answeredBy(),
                            e.answer(), at);
        }
    }

    @EventHandler
    void on(SupportRequestFollowedUp e, @Timestamp Instant at, @SequenceNumber long version) {
        if (rows.advance(e.requestId(), version, at)) {
            rows.reopened(e.requestId(), e.dueAt());
            rows.addMessage(e.requestId(), version, SupportRequestWrites.MessageKind.FOLLOW_UP, e.accountId(),
                            e.message(), at);
        }
    }

    @EventHandler
    void on(SupportRequestWithdrawn e, @Timestamp Instant at, @SequenceNumber long version) {
        if (rows.advance(e.requestId(), version, at)) {
            rows.settled(e.requestId(), "WITHDRAWN", at, null);
        }
    }

    @EventHandler
    void on(SupportRequestClosed e, @Timestamp Instant at, @SequenceNumber long version) {
        if (rows.advance(e.requestId(), version, at)) {
            rows.settled(e.requestId(), "CLOSED", at, e.resolution());
        }
    }

    /** The requester's texts are their personal data; what was asked, when and how it ended stays. */
    @EventHandler
    void on(AccountErased e) {
        rows.eraseTextsOf(e.accountId());
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }
}
