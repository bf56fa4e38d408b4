package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail over HTTP on both apps: who did what, when, from where and with what result. */
class AuditTrailSystemTest extends SystemTest {

    private static final Set<String> SIGN_IN_EVENTS = Set.of("LoginSucceeded", "LoginFailed", "LoginRefused",
                                                             "AccountLocked", "TokensRevoked");

    @Test
    void everyChangeLeavesAnEntryWithActorAddressAndDeviceAndRefusalsAppearToo() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("AUD-1"), owner.token())
                             .json().get("orderId").asString();
        Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", "{\"status\":\"CONFIRMED\"}",
                  collaborator.token(), Map.of("If-Match", "\"0\""));
        Http.Response stale = Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status",
                                        "{\"status\":\"IN_FULFILLMENT\"}", collaborator.token(),
                                        Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        Http.Response forbidden = Http.postJson(apps.commandUrl + "/api/workspace/invitations", "{}",
                                                collaborator.token());
        assertThat(forbidden.status()).isEqualTo(403);
        accounts.loginResponse(collaborator.username(), "not the password at all", "burglar-agent/1.0");
        // More command paths: tasks, comments, following, notes, profile.
        String taskId = Http.postJson(apps.commandUrl + "/api/tasks", """
                {"title":"Audit me","orderId":"%s","assigneeIds":["%s"]}""".formatted(orderId,
                                                                            collaborator.accountId()), owner.token())
                            .json().get("taskId").asString();
        Http.send("POST", apps.commandUrl + "/api/tasks/" + taskId + "/moves", "{\"status\":\"IN_PROGRESS\"}",
                  collaborator.token(), Map.of("If-Match", "\"0\""));
        Http.postJson(apps.commandUrl + "/api/tasks/" + taskId + "/comments", "{\"text\":\"on it\"}",
                      collaborator.token());
        Http.send("PUT", apps.commandUrl + "/api/orders/" + orderId + "/followers/me", null, auditor.token(),
                  Map.of());
        Http.Response renamed = Http.send("PUT", apps.commandUrl + "/api/account/profile",
                                          "{\"displayName\":\"Owner Renamed\",\"mobile\":\"%s\"}"
                                                  .formatted(Accounts.mobile()), owner.token(), Map.of());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(204);
        Http.send("PUT", apps.commandUrl + "/api/orders/" + orderId + "/tags/after-rename", null, owner.token(),
                  Map.of("If-Match", "\"2\""));
        JsonNode tagged = awaitQuery(apps.queryUrl + "/api/audit?eventType=OrderTagged", owner.token(),
                                     r -> r.json().get("items").size() == 1).json();
        assertThat(tagged.get("items").get(0).get("actorName").asString()).isEqualTo("Owner Renamed");
        JsonNode recorded = Http.get(apps.queryUrl + "/api/audit?eventType=OrderRecorded", owner.token()).json();
        assertThat(recorded.get("items").get(0).get("actorName").asString())
                .as("the name the owner had then").isNotEqualTo("Owner Renamed");
        awaitQuery(apps.queryUrl + "/api/audit?limit=500", owner.token(),
                   r -> r.body().contains("TaskCommented") && r.body().contains("OrderFollowed")
                        && r.body().contains("ProfileRectified"));

        JsonNode history = awaitQuery(apps.queryUrl + "/api/audit?aggregateId=" + orderId, auditor.token(),
                                      r -> r.status() == 200 && r.json().get("items").size() == 4).json();
        assertThat(history.get("items").findValuesAsString("eventType"))
                .containsExactly("OrderTagged", "OrderFollowed", "OrderStatusChanged", "OrderRecorded");
        JsonNode confirmed = entry(history, "OrderStatusChanged");
        assertThat(confirmed.get("eventType").asString()).isEqualTo("OrderStatusChanged");
        assertThat(confirmed.get("summary").asString()).isEqualTo("Order status RECORDED → CONFIRMED");
        assertThat(confirmed.get("actorId").asString()).isEqualTo(collaborator.accountId());
        assertThat(confirmed.get("actorName").asString()).startsWith("Member ");
        assertThat(confirmed.get("actorRole").asString()).isEqualTo("COLLABORATOR");
        assertThat(confirmed.get("clientIp").asString()).isNotBlank();
        assertThat(confirmed.get("userAgent").asString()).isEqualTo(Http.DEFAULT_USER_AGENT);
        assertThat(confirmed.get("requestId").asString()).isNotBlank();
        assertThat(confirmed.get("aggregateType").asString()).isEqualTo("Order");
        assertThat(confirmed.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(confirmed.get("outcome").asString()).isEqualTo("SUCCEEDED");

        JsonNode byCollaborator = awaitQuery(apps.queryUrl + "/api/audit?actor=" + collaborator.accountId(),
                                             auditor.token(), r -> r.body().contains("LoginFailed")
                                                                   && r.body().contains("CommandRejected")
                                                                   && r.body().contains("AccessDenied")).json();
        assertThat(entry(byCollaborator, "CommandRejected").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(entry(byCollaborator, "CommandRejected").get("reason").asString()).contains("stale-version");
        assertThat(entry(byCollaborator, "AccessDenied").get("outcome").asString()).isEqualTo("DENIED");
        assertThat(entry(byCollaborator, "LoginFailed").get("outcome").asString()).isEqualTo("FAILED");
        assertThat(entry(byCollaborator, "LoginFailed").get("userAgent").asString()).isEqualTo("burglar-agent/1.0");

        JsonNode all = Http.get(apps.queryUrl + "/api/audit?limit=500", owner.token()).json();
        for (JsonNode entry : all.get("items")) {
            if (entry.get("outcome").asString().equals("SUCCEEDED")
                && !SIGN_IN_EVENTS.contains(entry.get("eventType").asString())) {
                assertThat(entry.get("actorId").isNull()).as(entry.toString()).isFalse();
                assertThat(entry.get("clientIp").isNull()).as(entry.toString()).isFalse();
                assertThat(entry.get("userAgent").isNull()).as(entry.toString()).isFalse();
            }
        }
    }

    @Test
    void exportsStreamTheSameEntriesAsNdjsonAndCsvAndOtherWorkspacesSeeNothing() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("AUD-2"), owner.token())
                             .json().get("orderId").asString();
        awaitQuery(apps.queryUrl + "/api/audit?aggregateId=" + orderId, auditor.token(),
                   r -> r.json().get("items").size() == 1);
        long entries = Http.get(apps.queryUrl + "/api/audit?limit=500", auditor.token()).json().get("items").size();

        Http.Response ndjson = Http.get(apps.queryUrl + "/api/audit/export?format=ndjson", auditor.token());
        Http.Response csv = Http.get(apps.queryUrl + "/api/audit/export?format=csv", auditor.token());

        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(ndjson.body().lines().count()).isEqualTo(entries);
        assertThat(ndjson.body().lines().reduce((first, last) -> last).orElseThrow()).contains("AUD-2");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(entries + 1);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("\"entry_id\",\"position\"");

        Accounts.Member stranger = accounts.newOwner();
        assertThat(Http.get(apps.queryUrl + "/api/audit?aggregateId=" + orderId, stranger.token()).json()
                       .get("items").size()).isZero();
        assertThat(Http.get(apps.queryUrl + "/api/audit?workspace=" + owner.workspaceId(), stranger.token())
                       .status()).isEqualTo(400);
        String admin = accounts.adminToken();
        assertThat(Http.get(apps.queryUrl + "/api/audit?aggregateId=" + orderId, admin).json().get("items").size())
                .isEqualTo(1);
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        Accounts.Member owner = accounts.newOwner();
        for (int i = 0; i < 5; i++) {
            Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("AUD-P" + i), owner.token());
        }
        awaitQuery(apps.queryUrl + "/api/audit?eventType=OrderRecorded", owner.token(),
                   r -> r.json().get("items").size() == 5);
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Http.get(apps.queryUrl + "/api/audit?eventType=OrderRecorded&limit=2"
                                     + (cursor == null ? "" : "&cursor=" + cursor), owner.token()).json();
            page.get("items").forEach(item -> seen.add(item.get("entryId").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(Http.get(apps.queryUrl + "/api/audit?cursor=forged", owner.token()).status()).isEqualTo(400);
    }

    @Test
    void anOrdersLifeReplaysStepByStepFromTheEventStoreAndAsOfAnyPoint() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("LIFE-1"), owner.token())
                             .json().get("orderId").asString();
        Http.send("PUT", apps.commandUrl + "/api/orders/" + orderId + "/tags/vip", null, owner.token(),
                  Map.of("If-Match", "\"0\""));
        Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", "{\"status\":\"CONFIRMED\"}",
                  owner.token(), Map.of("If-Match", "\"1\""));
        Http.send("DELETE", apps.commandUrl + "/api/orders/" + orderId + "/tags/vip", null, owner.token(),
                  Map.of("If-Match", "\"2\""));

        JsonNode life = Http.get(apps.commandUrl + "/api/audit/history/orders/" + orderId, auditor.token()).json();
        assertThat(life.get("steps").findValuesAsString("eventType"))
                .containsExactly("OrderRecorded", "OrderTagged", "OrderStatusChanged", "OrderUntagged");
        assertThat(life.get("steps").get(1).get("stateAfter").get("tags").toString()).isEqualTo("[\"vip\"]");
        assertThat(life.get("steps").get(2).get("stateAfter").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(life.get("steps").get(2).get("actorId").asString()).isEqualTo(owner.accountId());
        assertThat(life.get("state").get("tags").toString()).isEqualTo("[]");

        JsonNode asOfTag = Http.get(apps.commandUrl + "/api/audit/history/orders/" + orderId + "?asOfSequence=1",
                                    auditor.token()).json();
        assertThat(asOfTag.get("state").get("status").asString()).isEqualTo("RECORDED");
        assertThat(asOfTag.get("state").get("tags").toString()).isEqualTo("[\"vip\"]");
        String confirmedAt = life.get("steps").get(2).get("at").asString();
        JsonNode asOfTime = Http.get(apps.commandUrl + "/api/audit/history/orders/" + orderId + "?asOf="
                                     + confirmedAt, auditor.token()).json();
        assertThat(asOfTime.get("steps").size()).isEqualTo(3);
        assertThat(asOfTime.get("state").get("status").asString()).isEqualTo("CONFIRMED");

        Accounts.Member stranger = accounts.newOwner();
        assertThat(Http.get(apps.commandUrl + "/api/audit/history/orders/" + orderId, stranger.token()).status())
                .isEqualTo(404);
        assertThat(Http.get(apps.commandUrl + "/api/audit/history/tasks/" + orderId, owner.token()).status())
                .as("not a task").isEqualTo(404);
    }

    @Test
    void aSignInAttemptIsFiledUnderTheTargetAccountsWorkspaceWhateverTokenComesWithIt() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Accounts.Member stranger = accounts.newOwner();
        Http.send("POST", apps.commandUrl + "/api/auth/login", """
                {"login":"%s","password":"guessing a password here"}""".formatted(collaborator.username()),
                  stranger.token(), Map.of());

        JsonNode owners = awaitQuery(apps.queryUrl + "/api/audit?eventType=LoginFailed", owner.token(),
                                     r -> r.json().get("items").size() == 1).json();
        assertThat(owners.get("items").get(0).get("actorId").asString()).isEqualTo(collaborator.accountId());
        assertThat(Http.get(apps.queryUrl + "/api/audit?eventType=LoginFailed", stranger.token()).json()
                       .get("items").size()).isZero();
    }

    private static JsonNode entry(JsonNode page, String eventType) {
        for (JsonNode item : page.get("items")) {
            if (item.get("eventType").asString().equals(eventType)) {
                return item;
            }
        }
        throw new AssertionError("no " + eventType + " in " + page);
    }
}
