package com.orderdesk.system;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/** The thin vertical slice over HTTP: record on the command side, see it on the query side. */
class OrderSliceSystemTest extends SystemTest {

    @Test
    void recordedOrderAppearsInOrderListAndDetail() {
        Accounts.Member owner = accounts.newOwner();

        Http.Response created = Http.postJson(apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"TB-1001","salesChannel":"Taobao 旗舰店",
                 "orderedAt":"2026-11-20T09:30:00Z","currency":"CNY",
                 "lines":[{"sku":"TEA-1","title":"西湖龙井","quantity":2,"unitPrice":88.50},
                          {"sku":"CUP-2","title":"Cup","quantity":1,"unitPrice":"12.00"}]}""", owner.token());

        assertThat(created.status()).isEqualTo(201);
        String orderId = created.json().get("orderId").asString();
        assertThat(created.header("Location")).isEqualTo("/api/orders/" + orderId);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("X-Request-Id")).isNotBlank();

        Http.Response detail = awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(),
                                          r -> r.status() == 200);
        JsonNode order = detail.json();
        assertThat(order.get("externalOrderNumber").asString()).isEqualTo("TB-1001");
        assertThat(order.get("salesChannel").asString()).isEqualTo("Taobao 旗舰店");
        assertThat(order.get("status").asString()).isEqualTo("RECORDED");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("189.00");
        assertThat(order.get("lines")).hasSize(2);
        assertThat(order.get("lines").get(0).get("title").asString()).isEqualTo("西湖龙井");
        assertThat(order.get("lines").get(0).get("lineTotal").decimalValue()).isEqualByComparingTo("177.00");
        assertThat(detail.header("ETag")).isEqualTo("\"0\"");

        JsonNode list = Http.get(apps.queryUrl + "/api/orders", owner.token()).json();
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0).get("orderId").asString()).isEqualTo(orderId);
    }

    @Test
    void eventCarriesWhoAndFromWhereOfTheRequest() {
        Accounts.Member owner = accounts.newOwner();
        Http.Response created = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("M-1"), owner.token());

        String orderId = created.json().get("orderId").asString();
        String stored = apps.database.sql("""
                                          SELECT convert_from(meta_data, 'UTF8') FROM event_store.domain_event_entry
                                          WHERE aggregate_identifier = ?""")
                                     .param(orderId).query(String.class).single();
        assertThat(stored).contains("\"actorId\":\"" + owner.accountId() + "\"",
                                    "\"workspaceId\":\"" + owner.workspaceId() + "\"",
                                    "\"actorRole\":\"OWNER\"",
                                    "\"requestId\":\"" + created.header("X-Request-Id") + "\"",
                                    "\"correlationId\"",
                                    "\"clientIp\":\"pd1:device:")
                          .as("device information is personal data, sealed at rest")
                          .doesNotContain("127.0.0.1", "orderdesk-system-test");

        MetaData read = apps.commandSide.getBean(EventStore.class).readEvents(orderId).next().getMetaData();
        assertThat(read.get("clientIp")).isEqualTo("127.0.0.1");
        assertThat(read.get("userAgent")).isEqualTo("orderdesk-system-test/1.0");
    }

    @Test
    void orderListIsNewestFirstAndPagesWithCursor() {
        Accounts.Member owner = accounts.newOwner();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("P-" + i), owner.token())
                        .json().get("orderId").asString());
        }
        String listUrl = apps.queryUrl + "/api/orders?limit=2";
        JsonNode first = awaitQuery(apps.queryUrl + "/api/orders", owner.token(),
                                    r -> r.json().get("items").size() == 3).json();
        assertThat(first.get("items").get(0).get("orderId").asString()).isEqualTo(ids.get(2));

        JsonNode page1 = Http.get(listUrl, owner.token()).json();
        assertThat(page1.get("items")).hasSize(2);
        JsonNode page2 = Http.get(listUrl + "&cursor=" + page1.get("nextCursor").asString(), owner.token()).json();
        assertThat(page2.get("items")).hasSize(1);
        assertThat(page2.get("nextCursor").isNull()).isTrue();
        assertThat(List.of(page1.get("items").get(0).get("orderId").asString(),
                           page1.get("items").get(1).get("orderId").asString(),
                           page2.get("items").get(0).get("orderId").asString()))
                .containsExactly(ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    void invalidBodyAnswersProblemDetailsAndAppendsNothing() {
        String token = accounts.newOwner().token();
        long eventsBefore = eventCount();
        long rejectionsBefore = rejectionCount();

        Http.Response missingLines = Http.postJson(apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"X-1","currency":"CNY","lines":[]}""", token);
        Http.Response notJson = Http.postJson(apps.commandUrl + "/api/orders", "{\"externalOrderNumber\":", token);
        Http.Response unknownCurrency = Http.postJson(apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"X-2","currency":"ABC",
                 "lines":[{"sku":"A","title":"A","quantity":1,"unitPrice":1}]}""", token);

        assertThat(missingLines.status()).isEqualTo(400);
        assertThat(missingLines.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missingLines.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:invalid-request");
        assertThat(missingLines.json().get("errors").get(0).get("field").asString()).isEqualTo("lines");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("Exception", "at com.", "at org.");
        assertThat(unknownCurrency.status()).isEqualTo(422);
        assertThat(unknownCurrency.json().get("type").asString())
                .isEqualTo("urn:orderdesk:problem:order-rule-violated");
        assertThat(eventCount()).as("no business event").isEqualTo(eventsBefore);
        assertThat(rejectionCount()).as("each refusal recorded for the audit trail").isEqualTo(rejectionsBefore + 3);
    }

    @Test
    void concurrentRecordingsOfOneExternalNumberCreateExactlyOneOrder() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        int attempts = 8;
        ExecutorService clients = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                calls.add(() -> Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("RACE-1"), owner.token()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Response> answer : clients.invokeAll(calls)) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
        } finally {
            clients.shutdownNow();
        }
        long ordersInStore = apps.database.sql("""
                                               SELECT count(*) FROM event_store.domain_event_entry
                                               WHERE payload_type = 'com.orderdesk.events.order.OrderRecorded'
                                               AND convert_from(payload, 'UTF8')::jsonb ->> 'workspaceId' = ?""")
                                          .param(owner.workspaceId()).query(Long.class).single();
        assertThat(ordersInStore).isEqualTo(1);
    }

    @Test
    void unknownOrderAnswersNotFoundProblem() {
        Http.Response missing = Http.get(apps.queryUrl + "/api/orders/" + UUID.randomUUID(),
                                         accounts.newOwner().token());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:not-found");
        Http.Response noSuchPath = Http.get(apps.queryUrl + "/api/orders/", accounts.newOwner().token());
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(noSuchPath.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:not-found");
    }

    @Test
    void bothAppsReportHealthOpenlyAndPrometheusMetricsToTheAdmin() {
        String admin = accounts.adminToken();
        for (String app : List.of(apps.commandUrl, apps.queryUrl)) {
            assertThat(Http.get(app + "/actuator/health/readiness").body()).contains("\"UP\"");
            assertThat(Http.get(app + "/actuator/prometheus").status()).isEqualTo(401);
            assertThat(Http.get(app + "/actuator/prometheus", admin).body()).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void bothAppsPublishTheirOpenApiDescriptionOpenly() {
        assertThat(Http.get(apps.commandUrl + "/v3/api-docs").body()).contains("\"openapi\"", "/api/orders",
                                                                              "/api/auth/login");
        assertThat(Http.get(apps.queryUrl + "/v3/api-docs").body()).contains("\"openapi\"", "/api/orders/{orderId}");
        assertThat(Http.get(apps.queryUrl + "/swagger-ui.html").status()).isIn(200, 302);
    }

    /** Events that change something: everything but the audit's records of refused commands. */
    private static long eventCount() {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE payload_type <> 'com.orderdesk.events.account.CommandRejected'""")
                            .query(Long.class).single();
    }

    private static long rejectionCount() {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE payload_type = 'com.orderdesk.events.account.CommandRejected'""")
                            .query(Long.class).single();
    }

    static String minimalOrder(String externalNumber) {
        return """
                {"externalOrderNumber":"%s","currency":"EUR",
                 "lines":[{"sku":"SKU-1","title":"Item","quantity":1,"unitPrice":"9.99"}]}"""
                .formatted(externalNumber);
    }
}
