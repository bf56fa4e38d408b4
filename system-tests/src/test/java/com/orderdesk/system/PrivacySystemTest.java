package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static com.orderdesk.system.Await.awaitEveryProjectionAtTheHead;
import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right to erasure end to end: an account and an order's customer are erased by crypto-shredding, and
 * afterwards no table of the database holds any of their personal data in plain text, while their events still
 * load, the audit chain still verifies and the projections rebuild.
 */
class PrivacySystemTest extends SystemTest {

    @Test
    void erasedAccountAndCustomerLeaveNoPlainPersonalDataAnywhereAndTheRecordStillVerifies() {
        String tag = Accounts.unique();
        Accounts.Member owner = accounts.newOwner();
        String username = "erasable-" + tag;
        String mobile = Accounts.mobile();
        String displayName = "Erasable Person " + tag;
        String ip = "198.51.100." + (10 + (int) (Math.random() * 200));
        String userAgent = "ErasureProbe/" + tag;
        Http.Response invited = Http.postJson(apps.commandUrl + "/api/workspace/invitations", """
                {"username":"%s","mobile":"%s","displayName":"%s","role":"COLLABORATOR"}"""
                .formatted(username, mobile, displayName), owner.token());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String memberId = invited.json().get("accountId").asString();
        Map<String, String> fromTheirDevice = Map.of("X-Forwarded-For", ip, "User-Agent", userAgent);
        assertThat(Http.send("POST", apps.commandUrl + "/api/auth/invitations/accept", """
                {"invitationCode":"%s","password":"%s"}""".formatted(invited.json().get("invitationCode").asString(),
                                                                     Accounts.PASSWORD), null, fromTheirDevice)
                       .status()).isEqualTo(204);
        String memberToken = login(username, fromTheirDevice).json().get("accessToken").asString();

        String customer = "Customer " + tag;
        String phone = "+4930" + tag.chars().map(c -> c % 10).limit(7).collect(StringBuilder::new,
                StringBuilder::append, StringBuilder::append);
        String street = "Erasure Street " + tag;
        String note = "Ring twice " + tag;
        Http.Response order = Http.send("POST", apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"PRIV-%s","salesChannel":"Shop","currency":"EUR",
                 "lines":[{"sku":"S-1","title":"Cup","quantity":2,"unitPrice":"4.50"}],
                 "customer":{"name":"%s","phone":"%s","address":{"country":"DE","city":"Berlin","street":"%s",
                 "postalCode":"10115"}},"buyerNote":"%s"}""".formatted(tag, customer, phone, street, note),
                                        memberToken, fromTheirDevice);
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        String orderId = order.json().get("orderId").asString();
        String tracking = "TRK" + tag;
        List<String> moves = List.of("{\"status\":\"CONFIRMED\"}", "{\"status\":\"IN_FULFILLMENT\"}",
                                     "{\"status\":\"SHIPPED\",\"carrier\":\"Erase Express\",\"trackingNumber\":\"%s\"}"
                                             .formatted(tracking));
        for (int version = 0; version < moves.size(); version++) {
            Http.Response moved = Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status",
                                            moves.get(version), memberToken, Map.of("If-Match", "\"" + version + "\""));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(), r -> r.body().contains(tracking));
        // The order now loads from a snapshot (every 3 events here), which carries the last command's metadata:
        // its device data must be sealed like the events' ("pd1:<subject>:…"), not stored as typed.
        List<String> snapshotMetadata = apps.database.sql(
                        "SELECT convert_from(meta_data, 'UTF8') FROM event_store.snapshot_event_entry"
                        + " WHERE aggregate_identifier = ?")
                .param(orderId).query(String.class).list();
        assertThat(snapshotMetadata).as("the order has a snapshot").isNotEmpty();
        for (String metadata : snapshotMetadata) {
            JsonNode fields = JsonMapper.builder().build().readTree(metadata);
            assertThat(List.of(fields.path("clientIp").asString(), fields.path("userAgent").asString()))
                    .as("device data in a snapshot").allMatch(value -> value.startsWith("pd1:"));
        }

        String supportText = "Please erase me " + tag;
        Http.Response support = Http.postJson(apps.commandUrl + "/api/support/requests", """
                {"kind":"DELETION","subject":"%s","message":"%s"}""".formatted(supportText, supportText), memberToken);
        assertThat(support.status()).as(support.body()).isEqualTo(201);
        awaitQuery(apps.queryUrl + "/api/support/requests", memberToken, r -> r.body().contains(supportText));

        JsonNode export = awaitQuery(apps.queryUrl + "/api/me/export", memberToken,
                                     r -> r.body().contains("\"OrderRecorded\"")).json();
        assertThat(export.get("account").get(0).get("username").asString()).isEqualTo(username);
        assertThat(export.get("account").get(0).get("mobile").asString()).isEqualTo(mobile);
        assertThat(export.get("logins").findValuesAsString("client_ip")).contains(ip);
        assertThat(export.get("ordersRecorded").findValuesAsString("order_id")).containsExactly(orderId);
        assertThat(export.get("supportRequests").get(0).get("messages").get(0).get("text").asString())
                .isEqualTo(supportText);
        assertThat(export.get("auditEntries").findValuesAsString("event_type")).contains("OrderRecorded");
        assertThat(export.get("account").get(0).get("workspace_name").asString()).isEqualTo("Shop " + owner.username());
        assertThat(export.toString().replace("Shop " + owner.username(), "")).as("nothing of other people")
                                     .doesNotContain(owner.username(), customer, phone);
        JsonNode customerExport = Http.postJson(apps.queryUrl + "/api/customers/export",
                                                "{\"phone\":\"%s\"}".formatted(phone), owner.token()).json();
        assertThat(customerExport.get("orders").get(0).get("customer_name").asString()).isEqualTo(customer);
        assertThat(customerExport.get("orders").get(0).get("shipping_address").get("street").asString())
                .isEqualTo(street);
        assertThat(Http.postJson(apps.queryUrl + "/api/customers/export", "{\"phone\":\"not-a-phone\"}",
                                 owner.token()).status()).isEqualTo(400);

        Http.Response customerErasure = Http.postJson(
                apps.commandUrl + "/api/orders/" + orderId + "/customer/erasure", "", owner.token());
        assertThat(customerErasure.status()).as(customerErasure.body()).isEqualTo(202);
        Http.Response ownErasure = Http.send("POST", apps.commandUrl + "/api/account/erasure",
                                             "{\"currentPassword\":\"%s\"}".formatted(Accounts.PASSWORD), memberToken,
                                             fromTheirDevice);
        assertThat(ownErasure.status()).as(ownErasure.body()).isEqualTo(202);

        JsonNode erasedOrder = awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(),
                                          r -> r.body().contains("[erased]")).json();
        assertThat(erasedOrder.get("total").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(awaitLoginStatus(username, 401)).as("an erased account cannot log in").isEqualTo(401);
        String admin = accounts.adminToken();
        awaitEveryProjectionAtTheHead(apps.queryUrl, admin);

        List<String> secrets = List.of(username, mobile, displayName, ip, userAgent, customer, phone, street, note,
                                       supportText, tracking);
        assertThat(plainTextFound(secrets)).as("personal data left in plain text").isEmpty();

        JsonNode report = Http.get(apps.commandUrl + "/api/admin/privacy/erasures", admin).json();
        assertThat(report.get("erasedOrExpired").findValuesAsString("subject"))
                .contains("account:" + memberId, "customer:" + orderId);

        JsonNode history = Http.get(apps.commandUrl + "/api/audit/history/accounts/" + memberId, admin).json();
        assertThat(history.toString()).contains("[erased]", "AccountErased").doesNotContain(username);
        JsonNode chain = awaitQuery(apps.commandUrl + "/api/audit/chain/verification", admin,
                                    r -> r.status() == 200 && r.json().get("intact").asBoolean()).json();
        assertThat(chain.get("intact").asBoolean()).isTrue();

        Map<String, String> scrubbed = rowsAbout(memberId, orderId);
        Http.Response rebuild = Http.send("POST", apps.queryUrl + "/api/admin/projections/all/rebuild", null, admin,
                                          Map.of());
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        awaitEveryProjectionAtTheHead(apps.queryUrl, admin);
        assertThat(rowsAbout(memberId, orderId)).as("scrubbed rows are what a replay after erasure writes")
                                                .isEqualTo(scrubbed);
        assertThat(Http.get(apps.queryUrl + "/api/orders/" + orderId, owner.token()).body())
                .contains("[erased]").doesNotContain(customer);
        assertThat(plainTextFound(secrets)).as("personal data after a rebuild").isEmpty();
    }

    @Test
    void anErasureRequestCanBeCancelledWithinItsGracePeriodAndNeedsThePassword() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member member = accounts.newMember(owner, "COLLABORATOR");
        Http.Response wrongPassword = Http.postJson(apps.commandUrl + "/api/account/erasure",
                                                    "{\"currentPassword\":\"not the password at all\"}",
                                                    member.token());
        assertThat(wrongPassword.status()).isEqualTo(422);
        assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
        Http.Response cancelNothing = Http.send("DELETE", apps.commandUrl + "/api/account/erasure", null,
                                                member.token(), Map.of());
        assertThat(cancelNothing.status()).as(cancelNothing.body()).isEqualTo(422);
        assertThat(Http.postJson(apps.commandUrl + "/api/orders/" + java.util.UUID.randomUUID()
                                 + "/customer/erasure", "", member.token()).status())
                .as("only owners erase customers").isEqualTo(403);
    }

    /** The privacy job runs every second; the erasure is due at once. */
    private int awaitLoginStatus(String username, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status;
        do {
            status = login(username, Map.of()).status();
            if (status == expected) {
                return status;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    private Http.Response login(String username, Map<String, String> headers) {
        return Http.send("POST", apps.commandUrl + "/api/auth/login", """
                {"login":"%s","password":"%s"}""".formatted(username, Accounts.PASSWORD), null, headers);
    }

    /** The read-model rows about the erased person and the erased customer's order, table by table. */
    private Map<String, String> rowsAbout(String accountId, String orderId) {
        Map<String, String> where = new java.util.LinkedHashMap<>();
        where.put("order_summary", "order_id = '" + orderId + "'");
        where.put("order_line", "order_id = '" + orderId + "'");
        where.put("order_timeline", "order_id = '" + orderId + "'");
        where.put("order_attachment", "order_id = '" + orderId + "'");
        where.put("account", "account_id = '" + accountId + "'");
        where.put("login_history", "account_id = '" + accountId + "'");
        where.put("support_request", "account_id = '" + accountId + "'");
        where.put("audit_entry", "actor_id = '" + accountId + "' OR aggregate_id IN ('" + accountId + "', '"
                                 + orderId + "')");
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        where.forEach((table, condition) -> rows.put(table, apps.database.sql(
                "SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM query_side." + table + " t WHERE "
                + condition).query(String.class).single()));
        return rows;
    }

    /** Every table of every schema, every column, read as bytes: where does any of the strings still appear? */
    private List<String> plainTextFound(List<String> secrets) {
        List<String> tables = apps.database.sql("""
                                                SELECT table_schema || '.' || table_name FROM information_schema.tables
                                                WHERE table_type = 'BASE TABLE'
                                                AND table_schema NOT IN ('pg_catalog', 'information_schema')""")
                                           .query(String.class).list();
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            apps.database.sql("SELECT * FROM " + table).query((ResultSet rs) -> {
                ResultSetMetaData columns = rs.getMetaData();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    byte[] value = columns.getColumnType(c) == Types.BINARY ? rs.getBytes(c)
                            : rs.getString(c) == null ? null : rs.getString(c).getBytes(StandardCharsets.UTF_8);
                    if (value == null) {
                        continue;
                    }
                    String text = new String(value, StandardCharsets.UTF_8);
                    for (String secret : secrets) {
                        if (text.contains(secret)) {
                            found.add(table + "." + columns.getColumnName(c) + " holds " + secret);
                        }
                    }
                }
            });
        }
        return found;
    }
}
