package com.orderdesk.system;

import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskPriority;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.Await.until;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parked events an admin can operate: see which aggregate a projection holds back and why, retry after a fix, or
 * evict with a reason that the audit trail and the dead-letter page keep.
 */
class DeadLetterOperationsSystemTest extends SystemTest {

    /** What the "faulty deployment" refuses: orders whose number starts so (a constraint no event explains). */
    private static final String DRILL = "DLQ-DRILL-";

    @Test
    void aPoisonedOrderIsParkedTheOthersGoOnAndARetryAfterTheFixCatchesItUp() {
        Accounts.Member owner = accounts.newOwner();
        String admin = accounts.adminToken();
        String poisoned;
        try {
            apps.database.sql("ALTER TABLE query_side.order_summary ADD CONSTRAINT dead_letter_drill "
                              + "CHECK (external_order_number NOT LIKE '" + DRILL + "%') NOT VALID").update();
            poisoned = recordOrder(owner, DRILL + UUID.randomUUID());
            Http.Response confirmed = Http.send("POST", apps.commandUrl + "/api/orders/" + poisoned + "/status",
                                                "{\"status\":\"CONFIRMED\"}", owner.token(),
                                                Map.of("If-Match", "\"0\""));
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            String healthy = recordOrder(owner, "DLQ-HEALTHY-" + UUID.randomUUID());
            awaitQuery(apps.queryUrl + "/api/orders/" + healthy, owner.token(), r -> r.status() == 200);

            JsonNode parked = until(() -> sequence("order-list", poisoned, admin),
                                    found -> found != null && found.get("letters").asLong() == 2,
                                    found -> "the order's two events parked, got " + found);
            JsonNode head = parked.get("firstLetters").get(0);
            assertThat(parked.get("aggregateType").asString()).isEqualTo("Order");
            assertThat(head.get("eventType").asString()).isEqualTo("OrderRecorded");
            assertThat(parked.get("firstLetters").get(1).get("eventType").asString()).isEqualTo("OrderStatusChanged");
            assertThat(head.get("causeType").asString()).endsWith("DataIntegrityViolationException");
            assertThat(head.get("causeMessage").asString()).as("the admin sees why").contains("dead_letter_drill")
                    .doesNotContain("Failing row"); // PostgreSQL's detail would quote the row's values
            assertThat(overview(admin, "order-list").get("sequences").asLong()).isPositive();
            assertThat(Http.get(apps.queryUrl + "/actuator/health", admin).json().get("status").asString())
                    .isEqualTo("DEGRADED");
            assertThat(Http.get(apps.queryUrl + "/actuator/prometheus", admin).body())
                    .containsPattern("orderdesk_dead_letters\\{[^}]*projection=\"order-list\"[^}]*} [1-9]");
            assertThat(Http.get(apps.queryUrl + "/api/orders/" + poisoned, owner.token()).status()).isEqualTo(404);

            Http.Response tooEarly = retry("order-list", poisoned, admin);
            assertThat(tooEarly.status()).isEqualTo(200);
            assertThat(tooEarly.json().get(0).get("result").asString()).as("not fixed yet").isEqualTo("STILL_PARKED");
            assertThat(tooEarly.json().get(0).get("lettersLeft").asLong()).isEqualTo(2);
            JsonNode failedAgain = tooEarly.json().get(0).get("head");
            assertThat(failedAgain.get("causeType").asString()).as("what failed, not Axon's wrapper")
                    .isEqualTo(head.get("causeType").asString()).doesNotContain("ThrowableCause");
            assertThat(failedAgain.get("causeMessage").asString()).contains("dead_letter_drill");
        } finally {
            apps.database.sql("ALTER TABLE query_side.order_summary DROP CONSTRAINT IF EXISTS dead_letter_drill")
                         .update();
        }

        Http.Response retried = retry("order-list", poisoned, admin);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get(0).get("result").asString()).isEqualTo("PROJECTED");
        assertThat(Http.get(apps.queryUrl + "/api/orders/" + poisoned, owner.token()).json().get("status").asString())
                .as("both parked events projected, in order").isEqualTo("CONFIRMED");
        assertThat(sequence("order-list", poisoned, admin)).isNull();
        assertThat(retry("order-list", poisoned, admin).status()).as("nothing parked any more").isEqualTo(404);
    }

    @Test
    void anEvictionWithAReasonDropsTheParkedLettersAndTheAuditTrailRecordsWhoAndWhy() {
        Accounts.Member owner = accounts.newOwner();
        String admin = accounts.adminToken();
        String poisonId = UUID.randomUUID().toString();
        // Longer than any title the API accepts (an event of an older, faulty version): the board refuses it forever.
        apps.commandSide.getBean(EventStore.class).publish(new GenericDomainEventMessage<>(
                "Task", poisonId, 0, new TaskCreated(poisonId, owner.workspaceId(), owner.accountId(), "x".repeat(300),
                                                     null, null, TaskPriority.NORMAL, null, List.of(), List.of())));
        until(() -> sequence("task-board", poisonId, admin), found -> found != null, found -> "parked");

        Http.Response refused = Http.postJson(apps.commandUrl + "/api/admin/dead-letters/task-board/evictions",
                                              "{\"sequence\":\"%s\"}".formatted(poisonId), admin);
        assertThat(refused.status()).as("a reason is required").isEqualTo(400);
        Http.Response byOwner = Http.postJson(apps.commandUrl + "/api/admin/dead-letters/task-board/evictions",
                                              "{\"sequence\":\"%s\",\"reason\":\"mine\"}".formatted(poisonId),
                                              owner.token());
        assertThat(byOwner.status()).isEqualTo(403);

        Http.Response evicted = Http.postJson(apps.commandUrl + "/api/admin/dead-letters/task-board/evictions", """
                {"sequence":"%s","reason":"Title from the 2025 importer bug; the merchant re-created the task"}"""
                .formatted(poisonId), admin);
        assertThat(evicted.status()).as(evicted.body()).isEqualTo(202);
        String eventId = evicted.json().get("eventId").asString();

        JsonNode eviction = until(() -> eviction(admin, eventId), found -> found != null, found -> "carried out");
        assertThat(eviction.get("evicted").asInt()).isEqualTo(1);
        assertThat(eviction.get("reason").asString()).startsWith("Title from the 2025 importer bug");
        assertThat(sequence("task-board", poisonId, admin)).isNull();
        JsonNode entry = awaitQuery(apps.queryUrl + "/api/audit?eventType=DeadLettersEvicted&limit=500", admin,
                                    r -> r.body().contains(eventId)).json();
        for (JsonNode item : entry.get("items")) {
            if (item.get("entryId").asString().equals(eventId)) {
                assertThat(item.get("summary").asString())
                        .isEqualTo("Dead letters of " + poisonId + " evicted from task-board");
                assertThat(item.get("actorId").asString()).isNotBlank();
            }
        }
    }

    private static String recordOrder(Accounts.Member owner, String number) {
        Http.Response created = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder(number), owner.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("orderId").asString();
    }

    private static Http.Response retry(String projection, String sequence, String admin) {
        return Http.postJson(apps.queryUrl + "/api/admin/dead-letters/" + projection + "/retries",
                             "{\"sequence\":\"%s\"}".formatted(sequence), admin);
    }

    /** The projection's parked sequence, or null when nothing of it is parked. */
    private static JsonNode sequence(String projection, String sequence, String admin) {
        String cursor = null;
        do {
            Http.Response page = Http.get(apps.queryUrl + "/api/admin/dead-letters/" + projection + "?limit=100"
                                          + (cursor == null ? "" : "&cursor=" + cursor), admin);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            for (JsonNode item : page.json().get("items")) {
                if (item.get("sequence").asString().equals(sequence)) {
                    return item;
                }
            }
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return null;
    }

    private static JsonNode overview(String admin, String projection) {
        for (JsonNode size : Http.get(apps.queryUrl + "/api/admin/dead-letters", admin).json().get("projections")) {
            if (size.get("projection").asString().equals(projection)) {
                return size;
            }
        }
        throw new AssertionError("no queue of " + projection);
    }

    private static JsonNode eviction(String admin, String eventId) {
        for (JsonNode done : Http.get(apps.queryUrl + "/api/admin/dead-letters", admin).json()
                                 .get("recentEvictions")) {
            if (done.get("eventId").asString().equals(eventId)) {
                return done;
            }
        }
        return null;
    }
}
