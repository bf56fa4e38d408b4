package com.orderdesk.query.support;

import com.orderdesk.events.support.SupportRequestAnswered;
import com.orderdesk.events.support.SupportRequestClosed;
import com.orderdesk.events.support.SupportRequestFollowedUp;
import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.events.support.SupportRequestStatus;
import com.orderdesk.events.support.SupportRequestSubmitted;
import com.orderdesk.events.support.SupportRequestWithdrawn;
import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.web.InvalidCursor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The support-requests projection and its reads on a real PostgreSQL with this module's migrations. */
class SupportRequestProjectionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final SupportRequestReads reads = new SupportRequestReads(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SupportRequestProjection projection = new SupportRequestProjection(new SupportRequestWrites(jdbc));
    private String bob;

    @BeforeEach
    void setUp() {
        bob = "bob-" + UUID.randomUUID(); // the database is shared: each test has its own requester
    }

    @Test
    void aSubmittedRequestIsOpenWithItsMessageAndDueDate() {
        Instant submitted = NOW.minus(Duration.ofDays(1));
        String id = submit(bob, SupportRequestKind.ACCESS, submitted);

        SupportRequestDetailView detail = reads.detail(id).orElseThrow();
        assertThat(detail.request().status()).isEqualTo(SupportRequestStatus.OPEN);
        assertThat(detail.request().kind()).isEqualTo(SupportRequestKind.ACCESS);
        assertThat(detail.request().subject()).isEqualTo("Subject of " + id);
        assertThat(detail.request().requesterId()).isEqualTo(bob);
        assertThat(detail.request().workspaceId()).isEqualTo("w-1");
        assertThat(detail.request().submittedAt()).isEqualTo(submitted);
        assertThat(detail.request().dueAt()).isEqualTo(submitted.plus(WEEK));
        assertThat(detail.request().overdue()).isFalse();
        assertThat(detail.request().version()).isZero();
        assertThat(detail.messages()).extracting(SupportMessageView::kind, SupportMessageView::authorId,
                                                 SupportMessageView::text)
                                     .containsExactly(org.assertj.core.groups.Tuple.tuple("MESSAGE", bob,
                                                                                          "Message of " + id));
        assertThat(reads.detail("no-such-request")).isEmpty();
    }

    @Test
    void theWholeLifeIsOneThreadAndReplaysChangeNothing() {
        Instant submitted = NOW.minus(Duration.ofDays(10));
        String id = submit(bob, SupportRequestKind.CORRECTION, submitted);
        Instant answeredAt = submitted.plus(Duration.ofDays(2));
        projection.on(new SupportRequestAnswered(id, bob, "w-1", "admin", "Corrected"), answeredAt, 1);
        Instant reopenDue = NOW.plus(Duration.ofDays(5));
        projection.on(new SupportRequestFollowedUp(id, bob, "w-1", "Not quite", reopenDue), answeredAt.plusSeconds(60), 2);
        projection.on(new SupportRequestAnswered(id, bob, "w-1", "admin", "Now it is"), NOW, 3);
        projection.on(new SupportRequestClosed(id, bob, "w-1", "admin", "Corrected name and phone"), NOW, 4);
        // replays of events already applied
        projection.on(new SupportRequestFollowedUp(id, bob, "w-1", "Not quite", reopenDue), NOW, 2);
        projection.on(new SupportRequestAnswered(id, bob, "w-1", "admin", "Now it is"), NOW, 3);
        projection.on(submitted(id, bob, SupportRequestKind.CORRECTION, submitted), submitted, 0);

        SupportRequestDetailView detail = reads.detail(id).orElseThrow();
        assertThat(detail.request().status()).isEqualTo(SupportRequestStatus.CLOSED);
        assertThat(detail.request().resolution()).isEqualTo("Corrected name and phone");
        assertThat(detail.request().dueAt()).isEqualTo(reopenDue);
        assertThat(detail.request().answeredAt()).isEqualTo(NOW);
        assertThat(detail.request().closedAt()).isEqualTo(NOW);
        assertThat(detail.request().version()).isEqualTo(4);
        assertThat(detail.messages()).extracting(SupportMessageView::kind)
                                     .containsExactly("MESSAGE", "ANSWER", "FOLLOW_UP", "ANSWER");
        assertThat(detail.messages()).extracting(SupportMessageView::text)
                                     .containsExactly("Message of " + id, "Corrected", "Not quite", "Now it is");
    }

    @Test
    void aWithdrawnRequestIsSettledWithoutResolution() {
        String id = submit(bob, SupportRequestKind.DELETION, NOW.minus(Duration.ofDays(8)));
        projection.on(new SupportRequestWithdrawn(id, bob, "w-1"), NOW, 1);

        SupportRequestView request = reads.detail(id).orElseThrow().request();
        assertThat(request.status()).isEqualTo(SupportRequestStatus.WITHDRAWN);
        assertThat(request.closedAt()).isEqualTo(NOW);
        assertThat(request.resolution()).isNull();
        assertThat(request.overdue()).as("only open requests are overdue").isFalse();
    }

    @Test
    void overdueMeansOpenPastItsDueDateByTheClock() {
        String late = submit(bob, SupportRequestKind.ACCESS, NOW.minus(Duration.ofDays(8)));
        String answeredLate = submit(bob, SupportRequestKind.ACCESS, NOW.minus(Duration.ofDays(9)));
        projection.on(new SupportRequestAnswered(answeredLate, bob, "w-1", "admin", "Done"), NOW, 1);
        String inTime = submit(bob, SupportRequestKind.ACCESS, NOW.minus(Duration.ofDays(6)));

        assertThat(ids(reads.queue(new SupportFilter(Set.of(), null, true, bob), null, 50))).containsExactly(late);
        assertThat(ids(reads.queue(new SupportFilter(Set.of(), null, false, bob), null, 50)))
                .containsExactly(answeredLate, inTime);
        assertThat(reads.detail(late).orElseThrow().request().overdue()).isTrue();
        assertThat(reads.detail(inTime).orElseThrow().request().overdue()).isFalse();
    }

    @Test
    void theQueueIsOldestDueFirstFilteredByStatusAndKindAndPagedByCursor() {
        String newest = submit(bob, SupportRequestKind.QUESTION, NOW.minus(Duration.ofDays(1)));
        String oldest = submit(bob, SupportRequestKind.DELETION, NOW.minus(Duration.ofDays(3)));
        String middle = submit(bob, SupportRequestKind.DELETION, NOW.minus(Duration.ofDays(2)));
        projection.on(new SupportRequestClosed(middle, bob, "w-1", "admin", "Deleted"), NOW, 1);
        SupportFilter everything = new SupportFilter(Set.of(), null, null, bob);

        Page<SupportRequestView> first = reads.queue(everything, null, 2);
        assertThat(ids(first)).containsExactly(oldest, middle);
        assertThat(ids(reads.queue(everything, first.nextCursor(), 2))).containsExactly(newest);

        assertThat(ids(reads.queue(new SupportFilter(Set.of(SupportRequestStatus.OPEN), null, null, bob), null, 50)))
                .containsExactly(oldest, newest);
        assertThat(ids(reads.queue(new SupportFilter(Set.of(SupportRequestStatus.OPEN, SupportRequestStatus.CLOSED),
                                                     SupportRequestKind.DELETION, null, bob), null, 50)))
                .containsExactly(oldest, middle);
    }

    @Test
    void aRequesterListsOnlyTheirOwnNewestFirst() {
        String older = submit(bob, SupportRequestKind.ACCESS, NOW.minus(Duration.ofDays(2)));
        String newer = submit(bob, SupportRequestKind.QUESTION, NOW.minus(Duration.ofDays(1)));
        submit("carol-" + UUID.randomUUID(), SupportRequestKind.QUESTION, NOW);
        projection.on(new SupportRequestAnswered(older, bob, "w-1", "admin", "Here"), NOW, 1);

        Page<SupportRequestView> first = reads.own(bob, null, null, 1);
        assertThat(ids(first)).containsExactly(newer);
        assertThat(ids(reads.own(bob, null, first.nextCursor(), 1))).containsExactly(older);
        assertThat(ids(reads.own(bob, SupportRequestStatus.ANSWERED, null, 10))).containsExactly(older);
    }

    @Test
    void aCursorOfOneListIsRefusedByTheOtherAndGarbageIsRefused() {
        submit(bob, SupportRequestKind.QUESTION, NOW.minus(Duration.ofDays(2)));
        Instant newerAt = NOW.minus(Duration.ofDays(1)).plusNanos(123_456_000);
        String newer = submit(bob, SupportRequestKind.QUESTION, newerAt);
        String own = reads.own(bob, null, null, 1).nextCursor();
        SupportFilter everything = new SupportFilter(Set.of(), null, null, bob);
        assertThatThrownBy(() -> reads.queue(everything, own, 1)).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> reads.own(bob, null, "not a cursor!", 1)).isInstanceOf(InvalidCursor.class);
        assertThat(ids(reads.own(bob, null, own, 1))).hasSize(1);
        assertThat(own).as("the wire format the support lists always had: list, epoch second, nano, id")
                       .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(
                               ("OWN|" + newerAt.getEpochSecond() + "|" + newerAt.getNano() + "|" + newer)
                                       .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aResetEmptiesTheTables() {
        String id = submit(bob, SupportRequestKind.ACCESS, NOW);
        projection.on(new SupportRequestAnswered(id, bob, "w-1", "admin", "Here"), NOW, 1);

        projection.reset();

        assertThat(jdbc.sql("SELECT count(*) FROM query_side.support_request").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM query_side.support_message").query(Long.class).single()).isZero();
    }

    private String submit(String requesterId, SupportRequestKind kind, Instant at) {
        String id = UUID.randomUUID().toString();
        projection.on(submitted(id, requesterId, kind, at), at, 0);
        return id;
    }

    private static SupportRequestSubmitted submitted(String id, String requesterId, SupportRequestKind kind,
                                                     Instant at) {
        return new SupportRequestSubmitted(id, requesterId, "w-1", kind, "Subject of " + id, "Message of " + id, at,
                                           at.plus(WEEK));
    }

    private static List<String> ids(Page<SupportRequestView> page) {
        return page.items().stream().map(SupportRequestView::requestId).toList();
    }
}
