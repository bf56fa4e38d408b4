package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/** An order's life over HTTP on both apps: retries, concurrency guards, the status machine, notes, history. */
class OrderLifecycleSystemTest extends SystemTest {

    @Test
    void retriedCreationWithTheSameIdempotencyKeyCreatesOneOrder() {
        Accounts.Member owner = accounts.newOwner();
        String body = fullOrder("IDEM-1");

        Http.Response first = create(owner, body, "retry-me-1");
        Http.Response retry = create(owner, body, "retry-me-1");
        Http.Response otherBody = create(owner, fullOrder("IDEM-2"), "retry-me-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.status()).isEqualTo(400);
        assertThat(otherBody.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:invalid-idempotency-key");
        assertThat(ordersWithNumber(owner, "IDEM-1")).isEqualTo(1);
    }

    @Test
    void idempotencyKeysBelongToTheCallerNotToTheWorkspace() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member colleague = accounts.newMember(owner, "COLLABORATOR");

        Http.Response mine = create(owner, fullOrder("KEY-1"), "shared-key");
        Http.Response theirs = create(colleague, fullOrder("KEY-2"), "shared-key");
        Http.Response theirsAgain = create(colleague, fullOrder("KEY-2"), "shared-key");

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).as("not refused as another body under my key").isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).as("not my answer replayed").isEqualTo("false");
        assertThat(theirs.json().get("orderId").asString()).isNotEqualTo(mine.json().get("orderId").asString());
        assertThat(theirsAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ordersWithNumber(owner, "KEY-2")).isEqualTo(1);
    }

    @Test
    void orderMovesThroughItsLifeWithIfMatchAndKeepsItsHistory() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String orderId = create(owner, fullOrder("LIFE-1"), null).json().get("orderId").asString();

        Http.Response missing = status(collaborator, orderId, null, "{\"status\":\"CONFIRMED\"}");
        assertThat(missing.status()).isEqualTo(428);

        Http.Response confirmed = status(collaborator, orderId, "0", "{\"status\":\"CONFIRMED\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.header("ETag")).isEqualTo("\"1\"");

        Http.Response stale = status(owner, orderId, "0", "{\"status\":\"IN_FULFILLMENT\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);

        assertThat(status(owner, orderId, "1", "{\"status\":\"IN_FULFILLMENT\"}").status()).isEqualTo(200);
        Http.Response shipped = status(owner, orderId, "2", """
                {"status":"SHIPPED","carrier":"SF Express","trackingNumber":"SF1234567890"}""");
        assertThat(shipped.status()).isEqualTo(200);

        Http.Response cancel = status(owner, orderId, "3", "{\"status\":\"CANCELLED\",\"reason\":\"too late\"}");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().get("currentStatus").asString()).isEqualTo("SHIPPED");
        assertThat(cancel.json().get("allowedStatuses").toString()).isEqualTo("[\"DELIVERED\",\"AFTER_SALES\"]");

        Http.Response lateEdit = Http.send("PUT", apps.commandUrl + "/api/orders/" + orderId + "/buyer-note",
                                           "{\"buyerNote\":\"x\"}", owner.token(), Map.of("If-Match", "\"3\""));
        assertThat(lateEdit.status()).isEqualTo(422);

        Http.Response note = Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/notes",
                                       "{\"text\":\"buyer called about delivery\"}", collaborator.token(),
                                       Map.of("If-Match", "\"3\""));
        assertThat(note.status()).isEqualTo(201);
        String noteUrl = apps.commandUrl + note.header("Location");
        Http.Response notMyNote = Http.send("DELETE", noteUrl, null, owner.token(), Map.of("If-Match", "\"4\""));
        assertThat(notMyNote.status()).isEqualTo(403);
        assertThat(notMyNote.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:forbidden");

        JsonNode detail = Http.get(apps.queryUrl + "/api/orders/" + orderId + "?minVersion=4", owner.token()).json();
        assertThat(detail.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(detail.get("shipment").get("trackingNumber").asString()).isEqualTo("SF1234567890");
        assertThat(detail.get("customer").get("address").get("city").asString()).isEqualTo("杭州");
        assertThat(detail.get("notes").get(0).get("authorId").asString()).isEqualTo(collaborator.accountId());
        JsonNode history = awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(),
                                      r -> r.json().get("history").size() == 5).json().get("history");
        assertThat(history.findValuesAsString("summary")).containsExactly(
                "Recorded order LIFE-1 from Taobao: 1 line, total 177.00 CNY",
                "Status RECORDED → CONFIRMED",
                "Status CONFIRMED → IN_FULFILLMENT",
                "Status IN_FULFILLMENT → SHIPPED with SF Express SF1234567890",
                "Internal note " + noteUrl.substring(noteUrl.lastIndexOf('/') + 1) + " added");
        assertThat(history.get(1).get("actorId").asString()).isEqualTo(collaborator.accountId());
        assertThat(history.get(1).get("actorRole").asString()).isEqualTo("COLLABORATOR");
        assertThat(history.get(2).get("actorRole").asString()).isEqualTo("OWNER");
    }

    @Test
    void readYourWritesWaitsForTheProjection() {
        Accounts.Member owner = accounts.newOwner();
        String orderId = create(owner, fullOrder("RYW-1"), null).json().get("orderId").asString();
        Http.Response confirmed = status(owner, orderId, "0", "{\"status\":\"CONFIRMED\"}");

        Http.Response read = Http.get(apps.queryUrl + "/api/orders/" + orderId + "?minVersion="
                                      + confirmed.json().get("version").asLong(), owner.token());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("OrderDesk-Consistent")).isEqualTo("true");
        assertThat(read.json().get("status").asString()).isEqualTo("CONFIRMED");
        Http.Response future = Http.get(apps.queryUrl + "/api/orders/" + orderId + "?minVersion=99&waitMillis=100",
                                        owner.token());
        assertThat(future.header("OrderDesk-Consistent")).isEqualTo("false");
    }

    @Test
    void listFiltersSearchesAndCountsOverHttp() {
        Accounts.Member owner = accounts.newOwner();
        for (String number : List.of("F-1", "F-2", "G-3")) {
            create(owner, fullOrder(number), null);
        }
        awaitQuery(apps.queryUrl + "/api/orders", owner.token(), r -> r.json().get("items").size() == 3);

        JsonNode found = Http.get(apps.queryUrl + "/api/orders?q=f-&sort=TOTAL&direction=ASC", owner.token()).json();
        assertThat(found.get("items").findValuesAsString("externalOrderNumber")).containsExactlyInAnyOrder("F-1",
                                                                                                          "F-2");
        assertThat(found.get("statusCounts").get("RECORDED").asLong()).isEqualTo(2);
        JsonNode firstPage = Http.get(apps.queryUrl + "/api/orders?limit=2", owner.token()).json();
        assertThat(firstPage.get("statusCounts").get("RECORDED").asLong()).isEqualTo(3);
        JsonNode nextPage = Http.get(apps.queryUrl + "/api/orders?limit=2&cursor="
                                     + firstPage.get("nextCursor").asString(), owner.token()).json();
        assertThat(nextPage.get("items")).hasSize(1);
        assertThat(nextPage.get("statusCounts").isNull()).as("counts come with the first page only").isTrue();
        assertThat(Http.get(apps.queryUrl + "/api/orders?status=CANCELLED", owner.token()).json().get("items"))
                .isEmpty();
        assertThat(Http.get(apps.queryUrl + "/api/orders?sort=NOPE", owner.token()).status()).isEqualTo(400);
    }

    private static Http.Response create(Accounts.Member owner, String body, String idempotencyKey) {
        return Http.send("POST", apps.commandUrl + "/api/orders", body, owner.token(),
                         idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    private static Http.Response status(Accounts.Member member, String orderId, String version, String body) {
        return Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", body, member.token(),
                         version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\""));
    }

    private static long ordersWithNumber(Accounts.Member owner, String number) {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE payload_type = 'com.orderdesk.events.order.OrderRecorded'
                                 AND convert_from(payload, 'UTF8')::jsonb ->> 'workspaceId' = ?
                                 AND convert_from(payload, 'UTF8')::jsonb ->> 'externalOrderNumber' = ?""")
                            .params(owner.workspaceId(), number).query(Long.class).single();
    }

    private static String fullOrder(String number) {
        return """
                {"externalOrderNumber":"%s","salesChannel":"Taobao","currency":"CNY",
                 "customer":{"name":"王小明","phone":"+8613800000000",
                             "address":{"country":"CN","region":"浙江","city":"杭州","street":"西湖路 1 号",
                                        "postalCode":"310000"}},
                 "buyerNote":"请尽快发货","tags":["vip"],
                 "lines":[{"sku":"TEA-1","title":"西湖龙井","quantity":2,"unitPrice":"88.50"}]}""".formatted(number);
    }
}
