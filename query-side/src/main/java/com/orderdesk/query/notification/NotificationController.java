package com.orderdesk.query.notification;

import com.orderdesk.query.infra.ConsistentRead;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.web.LiveStreams;
import com.orderdesk.query.web.NotFound;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.util.UUID;

/**
 * The caller's own inbox: list, unread count, mark read, live. Read state is kept here on the query side as
 * the reader's view state, not as a domain event.
 */
@RestController
@Validated
@RequestMapping("/api/notifications")
class NotificationController {

    private final InboxReads inbox;
    private final InboxWrites readMarks;
    private final InboxLiveUpdates inboxLive;
    private final QueryGateway queries;
    private final LiveStreams live;
    private final Clock clock;

    NotificationController(InboxReads inbox, InboxWrites readMarks, InboxLiveUpdates inboxLive, QueryGateway queries,
                           LiveStreams live, Clock clock) {
        this.inbox = inbox;
        this.readMarks = readMarks;
        this.inboxLive = inboxLive;
        this.queries = queries;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Lists the caller's notifications, newest first, with the unread count.
     * <p>
     * {@code unreadFirst} puts unread ones before read ones; {@code unreadOnly} hides read ones.
     */
    @GetMapping
    @ConsistentRead
    InboxPage list(Actor actor,
                   @RequestParam(defaultValue = "false") boolean unreadFirst,
                   @RequestParam(defaultValue = "false") boolean unreadOnly,
                   @RequestParam(required = false) String cursor,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        String recipientId = actor.accountId();
        Page<NotificationView> page = inbox.page(recipientId, unreadFirst, unreadOnly, cursor, limit);
        return new InboxPage(page.items(), page.nextCursor(), inbox.unreadCount(recipientId));
    }

    /** Counts the caller's unread notifications. */
    @GetMapping("/unread-count")
    UnreadCount unreadCount(Actor actor) {
        return new UnreadCount(inbox.unreadCount(actor.accountId()));
    }

    /** Marks one of the caller's notifications read. */
    @PostMapping("/{notificationId}/read")
    ResponseEntity<Void> markRead(Actor actor, @PathVariable UUID notificationId) {
        String recipientId = actor.accountId();
        if (!readMarks.markRead(recipientId, notificationId, clock.instant())) {
            throw new NotFound("Notification", notificationId.toString());
        }
        inboxLive.readChanged(recipientId);
        return ResponseEntity.noContent().build();
    }

    /** Marks all of the caller's notifications read and answers how many were unread. */
    @PostMapping("/read-all")
    Marked markAllRead(Actor actor) {
        String recipientId = actor.accountId();
        int marked = readMarks.markAllRead(recipientId, clock.instant());
        if (marked > 0) {
            inboxLive.readChanged(recipientId);
        }
        return new Marked(marked);
    }

    /**
     * Streams the caller's inbox live as server-sent events.
     * <p>
     * Event "unread" with the unread count first, then "notification" for every new one (with the new count) and
     * "unread" whenever reading changes the count.
     */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> liveInbox(Actor actor) {
        SubscriptionQueryResult<InboxUpdate, InboxUpdate> result = queries.subscriptionQuery(
                new FetchInbox(actor.accountId()), ResponseTypes.instanceOf(InboxUpdate.class),
                ResponseTypes.instanceOf(InboxUpdate.class));
        return live.stream(result.initialResult().flux().concatWith(result.updates())
                                 .map(update -> LiveStreams.event(update.notification() == null ? "unread"
                                                                          : "notification", update)),
                           result);
    }

    record UnreadCount(long unread) {
    }

    record Marked(int marked) {
    }
}
