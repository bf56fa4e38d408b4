package com.orderdesk.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk import over HTTP on real PostgreSQL: mixed files, both modes, re-import, retries, 10,000 orders. On apps of
 * its own, not the shared ones: in the shared store its 10,000 orders would make every later whole-store step
 * (projection rebuilds, chain verification and export, scans of every table) go through them again.
 */
class OrderImportSystemTest {

    private static final String HEADER = "external_order_number,sales_channel,ordered_at,currency,customer_name,"
                                         + "sku,title,quantity,unit_price\n";
    private static final String MIXED = HEADER + """
            TB-1,淘宝,2026-11-20T08:00:00Z,CNY,王小明,TEA,西湖龙井,2,88.50
            TB-1,淘宝,2026-11-20T08:00:00Z,CNY,王小明,CUP,茶杯,1,12.00
            TB-2,淘宝,2026-11-20T09:00:00Z,XYZ,李雷,TEA,龙井,1,10.00
            TB-3,淘宝,2026-11-20T10:00:00Z,CNY,韩梅梅,TEA,龙井,0,10.00
            TB-4,淘宝,2026-11-20T11:00:00Z,JPY,,TEA,龙井,1,100
            """;

    private static BothApps apps;
    private static Accounts accounts;

    @BeforeAll
    static void startOwnApps() {
        apps = BothApps.start();
        accounts = new Accounts(apps);
    }

    @AfterAll
    static void stopOwnApps() {
        if (apps != null) {
            apps.close();
        }
    }

    @Test
    void allOrNothingRefusesAFileWithInvalidOrdersAndCreatesNothing() {
        Accounts.Member owner = accounts.newOwner();

        Http.Response refused = importCsv(owner, MIXED, "ALL_OR_NOTHING", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:import-rejected");
        JsonNode report = refused.json().get("report");
        assertThat(report.get("invalid").asInt()).isEqualTo(2);
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("entries").findValuesAsString("outcome"))
                .containsExactly("NOT_CREATED", "INVALID", "INVALID", "NOT_CREATED");
        assertThat(report.get("entries").get(1).get("reasons").get(0).asString())
                .isEqualTo("Unknown ISO 4217 currency: XYZ");
        assertThat(report.get("entries").get(2).get("reasons").toString()).contains("quantity");
        assertThat(ordersRecorded(owner)).isZero();
    }

    @Test
    void skipInvalidCreatesTheValidOnesAndReimportCreatesNothingNew() {
        Accounts.Member owner = accounts.newOwner();

        JsonNode first = importCsv(owner, MIXED, "SKIP_INVALID", null).json();
        JsonNode again = importCsv(owner, MIXED, "SKIP_INVALID", null).json();

        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(first.get("invalid").asInt()).isEqualTo(2);
        assertThat(first.get("entries").get(0).get("rows").toString()).isEqualTo("[2,3]");
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        assertThat(again.get("entries").get(0).get("orderId").asString())
                .isEqualTo(first.get("entries").get(0).get("orderId").asString());
        assertThat(ordersRecorded(owner)).isEqualTo(2);

        JsonNode tea = awaitQuery(apps.queryUrl + "/api/orders/" + first.get("entries").get(0).get("orderId")
                                                                         .asString(), owner.token(),
                                  r -> r.status() == 200).json();
        assertThat(tea.get("total").decimalValue()).isEqualByComparingTo("189.00");
        assertThat(tea.get("lines")).hasSize(2);
    }

    @Test
    void retryWithTheSameIdempotencyKeyReplaysTheFirstReport() {
        Accounts.Member owner = accounts.newOwner();
        String jsonLines = """
                {"externalOrderNumber":"J-1","currency":"EUR","lines":[{"sku":"A","title":"A","quantity":1,"unitPrice":1}]}
                {"externalOrderNumber":"J-2","currency":"EUR","lines":[{"sku":"A","title":"A","quantity":1,"unitPrice":1}]}
                """;
        Http.Response first = Http.send("POST", apps.commandUrl + "/api/orders/imports", jsonLines, owner.token(),
                                        Map.of("Content-Type", "application/x-ndjson", "Idempotency-Key", "imp-1"));
        Http.Response retry = Http.send("POST", apps.commandUrl + "/api/orders/imports", jsonLines, owner.token(),
                                        Map.of("Content-Type", "application/x-ndjson", "Idempotency-Key", "imp-1"));

        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ordersRecorded(owner)).isEqualTo(2);
    }

    @Test
    void badFilesAreRejectedWithProblemDetails() {
        Accounts.Member owner = accounts.newOwner();
        Http.Response badHeader = importCsv(owner, "order,sku\n1,A\n", "SKIP_INVALID", null);
        Http.Response notUtf8 = Http.send("POST", apps.commandUrl + "/api/orders/imports",
                                          new String(new byte[]{(byte) 0xC3, (byte) 0x28}, java.nio.charset.StandardCharsets.ISO_8859_1),
                                          owner.token(), Map.of("Content-Type", "text/csv; charset=ISO-8859-1"));

        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:invalid-import-file");
        assertThat(notUtf8.status()).isEqualTo(400);
    }

    @Test
    void tenThousandOrdersImportInOneRequest() {
        Accounts.Member owner = accounts.newOwner();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            csv.append("BULK-").append(i).append(",天猫,2026-11-21T00:00:00Z,CNY,客户").append(i)
               .append(",SKU-").append(i % 50).append(",商品,1,9.90\n");
        }

        Http.Response imported = importCsv(owner, csv.toString(), "ALL_OR_NOTHING", null);

        assertThat(imported.status()).as(imported.body().substring(0, Math.min(300, imported.body().length())))
                                     .isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(10_000);
        assertThat(ordersRecorded(owner)).isEqualTo(10_000);
    }

    /**
     * The orders of an all-or-nothing import are appended together at its end, so it holds no append lock while
     * it decides them (other writers go on); an order that fails while they are recorded (here: its number is claimed by a concurrent transaction the import has to wait for) still leaves
     * nothing — no order, no claim, no event.
     */
    @Test
    void anOrderThatFailsWhileAnAllOrNothingImportRecordsLeavesNothingOfTheImport() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            csv.append("RACE-").append(i).append(",天猫,2026-11-21T00:00:00Z,CNY,客户,SKU-1,商品,1,9.90\n");
        }
        long eventsBefore = events();
        DataSource dataSource = apps.commandSide.getBean(DataSource.class);
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement claim = rival.prepareStatement("""
                    INSERT INTO command_side.order_number_claim (workspace_id, external_order_number, order_id)
                    VALUES (?, 'RACE-49', 'recorded-elsewhere')""")) {
                claim.setString(1, owner.workspaceId());
                claim.executeUpdate();
            }
            CompletableFuture<Http.Response> imported =
                    CompletableFuture.supplyAsync(() -> importCsv(owner, csv.toString(), "ALL_OR_NOTHING", null));
            // The import's claim of RACE-49 waits for the rival transaction: 49 orders are decided by then.
            Await.until(OrderImportSystemTest::sessionsWaitingForALock, waiting -> waiting > 0,
                        waiting -> "no session waits for the rival claim");
            assertThat(appendLockHolders()).as("the import holds no append lock while it decides its orders")
                                           .isZero();
            rival.commit();

            Http.Response answer = imported.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        }
        assertThat(ordersRecorded(owner)).as("only the rival's claim").isEqualTo(1);
        assertThat(events()).as("no event of the import was appended").isEqualTo(eventsBefore);
    }

    private static long sessionsWaitingForALock() {
        return apps.database.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                            .query(Long.class).single();
    }

    /** Sessions holding the event store's append lock (migration V1's trigger; key 7345001). */
    private static long appendLockHolders() {
        return apps.database.sql("""
                                 SELECT count(*) FROM pg_locks
                                 WHERE locktype = 'advisory' AND objid = 7345001 AND granted""")
                            .query(Long.class).single();
    }

    private static long events() {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE payload_type LIKE '%OrderRecorded'""")
                            .query(Long.class).single();
    }

    private static Http.Response importCsv(Accounts.Member owner, String csv, String mode, String key) {
        Map<String, String> headers = key == null ? Map.of("Content-Type", "text/csv")
                                                  : Map.of("Content-Type", "text/csv", "Idempotency-Key", key);
        return Http.send("POST", apps.commandUrl + "/api/orders/imports?mode=" + mode, csv, owner.token(), headers);
    }

    private static long ordersRecorded(Accounts.Member owner) {
        return apps.database.sql("""
                                 SELECT count(*) FROM command_side.order_number_claim WHERE workspace_id = ?""")
                            .param(owner.workspaceId()).query(Long.class).single();
    }
}
