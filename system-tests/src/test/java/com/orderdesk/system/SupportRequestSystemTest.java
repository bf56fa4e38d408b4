package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/** Support and privacy requests over HTTP on both apps: submit, queue, answer, follow up, close, withdraw. */
class SupportRequestSystemTest extends SystemTest {

    private static final String ACCESS_REQUEST = """
            {"kind":"ACCESS","subject":"My data","message":"Please send me everything you hold about me."}""";

    @Test
    void aRequestIsSubmittedQueuedAnsweredFollowedUpAndClosedAndOnlyItsRequesterSeesIt() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member bob = accounts.newMember(owner, "COLLABORATOR");
        Accounts.Member carol = accounts.newMember(owner, "COLLABORATOR");
        Accounts.Member stranger = accounts.newOwner();
        String admin = accounts.adminToken();

        // Submit, with a retry under the same Idempotency-Key
        Http.Response submitted = Http.send("POST", apps.commandUrl + "/api/support/requests", ACCESS_REQUEST,
                                            bob.token(), Map.of("Idempotency-Key", "support-1"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("requestId").asString();
        assertThat(submitted.header("Location")).isEqualTo("/api/support/requests/" + id);
        assertThat(submitted.header("ETag")).isEqualTo("\"0\"");
        Http.Response retried = Http.send("POST", apps.commandUrl + "/api/support/requests", ACCESS_REQUEST,
                                          bob.token(), Map.of("Idempotency-Key", "support-1"));
        assertThat(retried.json().get("requestId").asString()).isEqualTo(id);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");

        // The requester sees it, due 7 days after submission
        JsonNode mine = awaitQuery(apps.queryUrl + "/api/support/requests/" + id + "?minVersion=0", bob.token(),
                                   r -> r.status() == 200).json();
        JsonNode request = mine.get("request");
        assertThat(request.get("status").asString()).isEqualTo("OPEN");
        assertThat(request.get("kind").asString()).isEqualTo("ACCESS");
        Instant submittedAt = Instant.parse(request.get("submittedAt").asString());
        assertThat(Instant.parse(request.get("dueAt").asString())).isEqualTo(submittedAt.plus(Duration.ofDays(7)));
        assertThat(request.get("overdue").asBoolean()).isFalse();
        assertThat(mine.get("messages").get(0).get("text").asString())
                .isEqualTo("Please send me everything you hold about me.");
        assertThat(ids(Http.get(apps.queryUrl + "/api/support/requests", bob.token()).json())).containsExactly(id);

        // Nobody else sees or touches it: not a colleague, not their owner, not another workspace
        for (Accounts.Member other : List.of(carol, owner, stranger)) {
            assertThat(Http.get(apps.queryUrl + "/api/support/requests/" + id, other.token()).status())
                    .isEqualTo(404);
            assertThat(ids(Http.get(apps.queryUrl + "/api/support/requests", other.token()).json()))
                    .doesNotContain(id);
            assertThat(Http.send("POST", apps.commandUrl + "/api/support/requests/" + id + "/messages",
                                 "{\"message\":\"me too\"}", other.token(), Map.of("If-Match", "\"0\"")).status())
                    .isEqualTo(404);
        }

        // The admins' queue: filters, and not overdue within its 7 days
        String queue = apps.queryUrl + "/api/admin/support/requests?requester=" + bob.accountId();
        // The name comes from the accounts view, another projection: wait for it rather than assume it caught up.
        JsonNode queued = awaitQuery(queue + "&status=OPEN&kind=ACCESS", admin,
                                     r -> r.body().contains("\"requesterName\":\"Member ")).json();
        assertThat(ids(queued)).containsExactly(id);
        assertThat(queued.get("items").get(0).get("requesterName").asString()).startsWith("Member ");
        assertThat(ids(Http.get(queue + "&overdue=true", admin).json())).isEmpty();
        assertThat(ids(Http.get(queue + "&overdue=false", admin).json())).containsExactly(id);
        assertThat(ids(Http.get(queue + "&kind=DELETION", admin).json())).isEmpty();
        assertThat(Http.get(apps.queryUrl + "/api/admin/support/requests/" + id, admin).status()).isEqualTo(200);

        // The admin answers: If-Match required; owners may not answer
        String answers = apps.commandUrl + "/api/admin/support/requests/" + id + "/answers";
        String answer = "{\"answer\":\"Your export is ready under Account, Export.\"}";
        assertThat(Http.send("POST", answers, answer, admin, Map.of()).status()).isEqualTo(428);
        assertThat(Http.send("POST", answers, answer, owner.token(), Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(403);
        Http.Response answered = Http.send("POST", answers, answer, admin, Map.of("If-Match", "\"0\""));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.header("ETag")).isEqualTo("\"1\"");

        // The requester sees the answer, and hears of it in their inbox
        JsonNode seen = atVersion(id, bob.token(), 1);
        assertThat(seen.get("request").get("status").asString()).isEqualTo("ANSWERED");
        assertThat(seen.get("messages").get(1).get("kind").asString()).isEqualTo("ANSWER");
        assertThat(seen.get("messages").get(1).get("text").asString())
                .isEqualTo("Your export is ready under Account, Export.");
        awaitQuery(apps.queryUrl + "/api/notifications", bob.token(),
                   r -> r.body().contains("SUPPORT_REQUEST_ANSWERED") && r.body().contains(id));

        // A follow-up opens it again with 7 new days; a stale version is refused
        String followUps = apps.commandUrl + "/api/support/requests/" + id + "/messages";
        assertThat(Http.send("POST", followUps, "{\"message\":\"It misses my logins\"}", bob.token(),
                             Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
        Http.Response followed = Http.send("POST", followUps, "{\"message\":\"It misses my logins\"}", bob.token(),
                                           Map.of("If-Match", "\"1\""));
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        JsonNode reopened = atVersion(id, bob.token(), 2).get("request");
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(reopened.get("dueAt").asString())).isAfter(submittedAt.plus(Duration.ofDays(7)));

        // Answered again and closed with a resolution; closing twice is a 409 naming the status
        Http.send("POST", answers, "{\"answer\":\"Logins added.\"}", admin, Map.of("If-Match", "\"2\""));
        String close = apps.commandUrl + "/api/admin/support/requests/" + id + "/close";
        Http.Response closed = Http.send("POST", close, "{\"resolution\":\"Export sent with logins\"}", admin,
                                         Map.of("If-Match", "\"3\""));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        Http.Response again = Http.send("POST", close, "{\"resolution\":\"Again\"}", admin,
                                        Map.of("If-Match", "\"4\""));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("currentStatus").asString()).isEqualTo("CLOSED");
        assertThat(Http.send("POST", apps.commandUrl + "/api/support/requests/" + id + "/withdraw", null,
                             bob.token(), Map.of("If-Match", "\"4\"")).status()).isEqualTo(409);

        JsonNode final_ = atVersion(id, bob.token(), 4);
        assertThat(final_.get("request").get("status").asString()).isEqualTo("CLOSED");
        assertThat(final_.get("request").get("resolution").asString()).isEqualTo("Export sent with logins");
        assertThat(final_.get("messages").findValuesAsString("kind"))
                .containsExactly("MESSAGE", "ANSWER", "FOLLOW_UP", "ANSWER");

        // Everything is in the audit trail, with summaries and actors
        JsonNode audit = awaitQuery(apps.queryUrl + "/api/audit?aggregateId=" + id, admin,
                                    r -> r.json().get("items").size() == 5).json();
        List<String> summaries = new ArrayList<>();
        audit.get("items").forEach(entry -> summaries.add(entry.get("summary").asString()));
        assertThat(summaries).anyMatch(summary -> summary.startsWith(
                "Support request submitted (ACCESS), due " + request.get("dueAt").asString().substring(0, 16)));
        assertThat(summaries).anyMatch(summary -> summary.startsWith(
                "Support request followed up, open again, due " + reopened.get("dueAt").asString().substring(0, 16)));
        assertThat(summaries).contains("Support request of " + bob.accountId() + " answered",
                                       "Support request of " + bob.accountId() + " closed");
        assertThat(audit.get("items").findValuesAsString("eventType"))
                .containsExactlyInAnyOrder("SupportRequestSubmitted", "SupportRequestAnswered",
                                           "SupportRequestFollowedUp", "SupportRequestAnswered",
                                           "SupportRequestClosed");
        JsonNode submission = audit.get("items").get(4);
        assertThat(submission.get("actorId").asString()).isEqualTo(bob.accountId());
        assertThat(submission.get("aggregateType").asString()).isEqualTo("SupportRequest");
        JsonNode rejected = awaitQuery(apps.queryUrl + "/api/audit?eventType=CommandRejected&outcome=REJECTED", admin,
                                       r -> r.body().contains("/api/admin/support/requests/" + id + "/close"))
                .json();
        assertThat(rejected.get("items").size()).isPositive();
    }

    @Test
    void theRequesterWithdrawsAnOpenRequest() {
        Accounts.Member owner = accounts.newOwner();
        String id = Http.postJson(apps.commandUrl + "/api/support/requests", """
                {"kind":"DELETION","subject":"Close my account","message":"I no longer need it."}""", owner.token())
                        .json().get("requestId").asString();
        Http.Response withdrawn = Http.send("POST", apps.commandUrl + "/api/support/requests/" + id + "/withdraw",
                                            null, owner.token(), Map.of("If-Match", "\"0\""));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        JsonNode request = awaitQuery(apps.queryUrl + "/api/support/requests/" + id + "?minVersion=1", owner.token(),
                                      r -> r.status() == 200).json().get("request");
        assertThat(request.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(request.get("closedAt").isNull()).isFalse();
        String admin = accounts.adminToken();
        Http.Response answer = Http.send("POST", apps.commandUrl + "/api/admin/support/requests/" + id + "/answers",
                                         "{\"answer\":\"Too late\"}", admin, Map.of("If-Match", "\"1\""));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("currentStatus").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void badInputIsA400ProblemAndChangesNothing() {
        Accounts.Member owner = accounts.newOwner();
        String admin = accounts.adminToken();
        long before = submissions();
        List<String> invalid = List.of(
                "{\"subject\":\"S\",\"message\":\"M\"}",
                "{\"kind\":\"REFUND\",\"subject\":\"S\",\"message\":\"M\"}",
                "{\"kind\":\"QUESTION\",\"subject\":\"  \",\"message\":\"M\"}",
                "{\"kind\":\"QUESTION\",\"subject\":\"" + "s".repeat(201) + "\",\"message\":\"M\"}",
                "{\"kind\":\"QUESTION\",\"subject\":\"S\",\"message\":\"" + "m".repeat(4001) + "\"}",
                "{\"kind\":\"QUESTION\",\"subject\":\"S\",\"message\":\"M\",\"extra\":1}",
                "not json");
        for (String body : invalid) {
            Http.Response refused = Http.postJson(apps.commandUrl + "/api/support/requests", body, owner.token());
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:invalid-request");
        }
        Http.Response ok = Http.postJson(apps.commandUrl + "/api/support/requests",
                                         "{\"kind\":\"QUESTION\",\"subject\":\"S\",\"message\":\"M\"}", owner.token());
        String id = ok.json().get("requestId").asString();
        Http.Response emptyAnswer = Http.send("POST", apps.commandUrl + "/api/admin/support/requests/" + id
                                                      + "/answers", "{\"answer\":\"\"}", admin,
                                              Map.of("If-Match", "\"0\""));
        assertThat(emptyAnswer.status()).isEqualTo(400);
        assertThat(Http.get(apps.queryUrl + "/api/admin/support/requests?status=ANYTHING", admin).status())
                .isEqualTo(400);
        assertThat(Http.get(apps.queryUrl + "/api/admin/support/requests?cursor=garbage", admin).status())
                .isEqualTo(400);
        assertThat(submissions()).as("only the valid request was stored").isEqualTo(before + 1);
        assertThat(awaitQuery(apps.queryUrl + "/api/support/requests/" + id + "?minVersion=0", owner.token(),
                              r -> r.status() == 200).json().get("request").get("version").asLong())
                .as("the empty answer changed nothing").isZero();
    }

    @Test
    void anAdminPagesTheQueueOldestDueFirst() {
        Accounts.Member owner = accounts.newOwner();
        String admin = accounts.adminToken();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Http.postJson(apps.commandUrl + "/api/support/requests",
                                  "{\"kind\":\"QUESTION\",\"subject\":\"Q" + i + "\",\"message\":\"M\"}",
                                  owner.token()).json().get("requestId").asString());
        }
        String queue = apps.queryUrl + "/api/admin/support/requests?limit=2&requester=" + owner.accountId();
        JsonNode first = awaitQuery(queue, admin, r -> r.json().get("items").size() == 2
                                                       && !r.json().get("nextCursor").isNull()).json();
        JsonNode second = awaitQuery(queue + "&cursor=" + first.get("nextCursor").asString(), admin,
                                     r -> r.json().get("items").size() == 1).json();
        List<String> paged = new ArrayList<>(ids(first));
        paged.addAll(ids(second));
        assertThat(paged).containsExactlyElementsOf(ids);
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    /** The requester's view of the request once the projection has reached the version. */
    private static JsonNode atVersion(String id, String token, long version) {
        return awaitQuery(apps.queryUrl + "/api/support/requests/" + id + "?minVersion=" + version, token,
                          r -> r.status() == 200 && r.json().get("request").get("version").asLong() >= version)
                .json();
    }

    private static long submissions() {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE payload_type = 'com.orderdesk.events.support.SupportRequestSubmitted'""")
                            .query(Long.class).single();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("requestId").asString()));
        return ids;
    }
}
