package com.orderdesk.command.support;

import com.orderdesk.events.account.Role;
import com.orderdesk.events.support.SupportRequestAnswered;
import com.orderdesk.events.support.SupportRequestClosed;
import com.orderdesk.events.support.SupportRequestFollowedUp;
import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.events.support.SupportRequestStatus;
import com.orderdesk.events.support.SupportRequestSubmitted;
import com.orderdesk.events.support.SupportRequestWithdrawn;
import com.orderdesk.web.caller.Actor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static com.orderdesk.events.support.SupportRequestStatus.ANSWERED;
import static com.orderdesk.events.support.SupportRequestStatus.CLOSED;
import static com.orderdesk.events.support.SupportRequestStatus.OPEN;

/** The rules of support requests: who may do what, the status lifecycle, due dates, texts and versions. */
class SupportRequestTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");
    private static final Actor BOB = new Actor("bob", "w-1", Role.COLLABORATOR);
    private static final Actor OWNER = new Actor("owner", "w-1", Role.OWNER);
    private static final Actor STRANGER = new Actor("eve", "w-2", Role.OWNER);
    private static final Actor ADMIN = new Actor("admin", null, Role.ADMIN);

    private static AggregateTestFixture<SupportRequest> fixture() {
        AggregateTestFixture<SupportRequest> fixture = new AggregateTestFixture<>(SupportRequest.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    private static SupportRequestSubmitted submitted() {
        return new SupportRequestSubmitted("s-1", "bob", "w-1", SupportRequestKind.ACCESS, "My data",
                                           "Please send me a copy of my data", SUBMITTED,
                                           SUBMITTED.plus(Duration.ofDays(7)));
    }

    private static SupportRequestAnswered answered() {
        return new SupportRequestAnswered("s-1", "bob", "w-1", "admin", "Download it from /api/me/export");
    }

    /** The events that bring a request into the status. */
    private static List<Object> history(SupportRequestStatus status) {
        return switch (status) {
            case OPEN -> List.of(submitted());
            case ANSWERED -> List.of(submitted(), answered());
            case CLOSED -> List.of(submitted(), answered(),
                                   new SupportRequestClosed("s-1", "bob", "w-1", "admin", "Sent"));
            case WITHDRAWN -> List.of(submitted(), new SupportRequestWithdrawn("s-1", "bob", "w-1"));
        };
    }

    // --- submitting ----------------------------------------------------------------------------------------------

    @Test
    void aUserSubmitsARequestDueSevenDaysLaterWithTrimmedTexts() {
        fixture().givenNoPriorActivity()
                 .when(new SubmitSupportRequest("s-1", BOB, SupportRequestKind.DELETION, "  Delete me ",
                                                "\nPlease delete my account.\n"))
                 .expectEvents(new SupportRequestSubmitted("s-1", "bob", "w-1", SupportRequestKind.DELETION,
                                                           "Delete me", "Please delete my account.", NOW,
                                                           Instant.parse("2026-11-12T12:00:00Z")));
    }

    @Test
    void everyRoleOfAWorkspaceMaySubmitButAdminsDoNot() {
        for (Role role : List.of(Role.OWNER, Role.COLLABORATOR, Role.AUDITOR)) {
            fixture().givenNoPriorActivity()
                     .when(new SubmitSupportRequest("s-1", new Actor("x", "w-1", role), SupportRequestKind.QUESTION,
                                                    "S", "M"))
                     .expectSuccessfulHandlerExecution();
        }
        fixture().givenNoPriorActivity()
                 .when(new SubmitSupportRequest("s-1", ADMIN, SupportRequestKind.QUESTION, "S", "M"))
                 .expectException(SupportRequestForbidden.class)
                 .expectNoEvents();
    }

    @Test
    void aRequestNeedsAKindASubjectAndAMessageWithinTheirLimits() {
        List<SubmitSupportRequest> invalid = List.of(
                new SubmitSupportRequest("s-1", BOB, null, "S", "M"),
                new SubmitSupportRequest("s-1", BOB, SupportRequestKind.ACCESS, "   ", "M"),
                new SubmitSupportRequest("s-1", BOB, SupportRequestKind.ACCESS, null, "M"),
                new SubmitSupportRequest("s-1", BOB, SupportRequestKind.ACCESS, "S", ""),
                new SubmitSupportRequest("s-1", BOB, SupportRequestKind.ACCESS, "x".repeat(201), "M"),
                new SubmitSupportRequest("s-1", BOB, SupportRequestKind.ACCESS, "S", "x".repeat(4001)));
        for (SubmitSupportRequest command : invalid) {
            fixture().givenNoPriorActivity().when(command)
                     .expectException(SupportRuleViolation.class)
                     .expectNoEvents();
        }
        fixture().givenNoPriorActivity()
                 .when(new SubmitSupportRequest("s-1", BOB, SupportRequestKind.ACCESS, "x".repeat(200),
                                                "x".repeat(4000)))
                 .expectSuccessfulHandlerExecution();
    }

    // --- answering and closing -----------------------------------------------------------------------------------

    @Test
    void anAdminAnswersAnOpenRequestAndClosesItWithAResolution() {
        fixture().given(submitted())
                 .when(new AnswerSupportRequest("s-1", 0L, ADMIN, " Download it from /api/me/export "))
                 .expectEvents(answered())
                 .expectResultMessagePayload(1L);
        fixture().given(submitted(), answered())
                 .when(new CloseSupportRequest("s-1", 1L, ADMIN, "Sent the export"))
                 .expectEvents(new SupportRequestClosed("s-1", "bob", "w-1", "admin", "Sent the export"))
                 .expectResultMessagePayload(2L);
    }

    @Test
    void onlyAdminsAnswerAndClose() {
        for (Actor notAdmin : List.of(BOB, OWNER, STRANGER)) {
            fixture().given(submitted())
                     .when(new AnswerSupportRequest("s-1", 0L, notAdmin, "A"))
                     .expectException(SupportRequestForbidden.class)
                     .expectNoEvents();
            fixture().given(submitted())
                     .when(new CloseSupportRequest("s-1", 0L, notAdmin, "R"))
                     .expectException(SupportRequestForbidden.class)
                     .expectNoEvents();
        }
    }

    @Test
    void closingTwiceIsRefusedNamingTheStatus() {
        fixture().given(history(CLOSED))
                 .when(new CloseSupportRequest("s-1", 2L, ADMIN, "Again"))
                 .expectException(IllegalSupportRequestTransition.class)
                 .expectExceptionMessage("A CLOSED support request cannot be closed")
                 .expectNoEvents();
    }

    @Test
    void answersAndResolutionsAreLengthLimited() {
        fixture().given(submitted())
                 .when(new AnswerSupportRequest("s-1", 0L, ADMIN, "x".repeat(4001)))
                 .expectException(SupportRuleViolation.class)
                 .expectNoEvents();
        fixture().given(submitted())
                 .when(new CloseSupportRequest("s-1", 0L, ADMIN, " "))
                 .expectException(SupportRuleViolation.class)
                 .expectNoEvents();
    }

    // --- the requester -------------------------------------------------------------------------------------------

    @Test
    void aFollowUpOnAnAnsweredRequestReopensItWithSevenNewDays() {
        fixture().given(submitted(), answered())
                 .when(new FollowUpSupportRequest("s-1", 1L, BOB, "The export misses my logins"))
                 .expectEvents(new SupportRequestFollowedUp("s-1", "bob", "w-1", "The export misses my logins",
                                                            NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void aFollowUpOnAnUnansweredRequestKeepsItsDueDate() {
        fixture().given(submitted())
                 .when(new FollowUpSupportRequest("s-1", 0L, BOB, "Any news?"))
                 .expectEvents(new SupportRequestFollowedUp("s-1", "bob", "w-1", "Any news?",
                                                            SUBMITTED.plus(Duration.ofDays(7))));
    }

    @Test
    void aReopenedRequestCanBeAnsweredAgain() {
        fixture().given(submitted(), answered(),
                        new SupportRequestFollowedUp("s-1", "bob", "w-1", "More", NOW.plus(Duration.ofDays(7))))
                 .when(new AnswerSupportRequest("s-1", 2L, ADMIN, "Here it is"))
                 .expectEvents(new SupportRequestAnswered("s-1", "bob", "w-1", "admin", "Here it is"));
    }

    @Test
    void theRequesterWithdrawsWhileItIsNotClosed() {
        fixture().given(submitted(), answered())
                 .when(new WithdrawSupportRequest("s-1", 1L, BOB))
                 .expectEvents(new SupportRequestWithdrawn("s-1", "bob", "w-1"));
    }

    @Test
    void nobodyButTheRequesterFollowsUpOrWithdrawsNotEvenTheirOwner() {
        for (Actor other : List.of(OWNER, STRANGER, ADMIN)) {
            fixture().given(submitted())
                     .when(new FollowUpSupportRequest("s-1", 0L, other, "M"))
                     .expectException(SupportRequestNotFound.class)
                     .expectNoEvents();
            fixture().given(submitted())
                     .when(new WithdrawSupportRequest("s-1", 0L, other))
                     .expectException(SupportRequestNotFound.class)
                     .expectNoEvents();
        }
    }

    @Test
    void someoneElsesRequestIsNotFoundWhateverTheVersionSent() {
        fixture().given(submitted())
                 .when(new FollowUpSupportRequest("s-1", 7L, STRANGER, "M"))
                 .expectException(SupportRequestNotFound.class);
    }

    // --- versions ------------------------------------------------------------------------------------------------

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        fixture().given(submitted(), answered())
                 .when(new CloseSupportRequest("s-1", 0L, ADMIN, "R"))
                 .expectException(ConflictingAggregateVersionException.class)
                 .expectNoEvents();
        fixture().given(submitted(), answered())
                 .when(new FollowUpSupportRequest("s-1", 0L, BOB, "M"))
                 .expectException(ConflictingAggregateVersionException.class)
                 .expectNoEvents();
    }

    // --- every action from every status --------------------------------------------------------------------------

    /** Which statuses allow each action: the lifecycle in one table. */
    private static final Map<String, Set<SupportRequestStatus>> ALLOWED = Map.of(
            "answer", Set.of(OPEN),
            "follow up", Set.of(OPEN, ANSWERED),
            "withdraw", Set.of(OPEN, ANSWERED),
            "close", Set.of(OPEN, ANSWERED));

    private static final Map<String, Function<Long, Object>> ACTIONS = Map.of(
            "answer", v -> new AnswerSupportRequest("s-1", v, ADMIN, "A"),
            "follow up", v -> new FollowUpSupportRequest("s-1", v, BOB, "M"),
            "withdraw", v -> new WithdrawSupportRequest("s-1", v, BOB),
            "close", v -> new CloseSupportRequest("s-1", v, ADMIN, "R"));

    static Stream<Arguments> everyActionFromEveryStatus() {
        return ACTIONS.keySet().stream().sorted().flatMap(action -> Stream.of(SupportRequestStatus.values())
                                                                          .map(status -> Arguments.of(action, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void everyActionIsAllowedExactlyFromItsStatuses(String action, SupportRequestStatus from) {
        List<Object> given = history(from);
        var result = fixture().given(given).when(ACTIONS.get(action).apply((long) given.size() - 1));
        if (ALLOWED.get(action).contains(from)) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(IllegalSupportRequestTransition.class).expectNoEvents();
        }
    }
}
