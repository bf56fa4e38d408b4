package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding read models from the event store leaves tables identical to the live ones, row for row. */
class ProjectionRebuildSystemTest extends SystemTest {

    private static final List<String> TABLES = List.of(
            "order_summary", "order_line", "order_note", "order_attachment", "order_timeline", "task_card",
            "task_checklist_item", "task_comment", "task_activity", "audit_entry", "audit_account",
            "report_order_fact", "report_order_line", "report_task_fact", "support_request", "support_message",
            "report_member", "report_sign_in");
    /** Figures kept as totals plus deltas: compared by what they add up to (key columns, then the counted ones). */
    private static final Map<String, String> NET_TABLES = Map.of(
            "report_order_day", "workspace_id, day, channel, currency, status, after_sales_kind, cancelled, completed"
                                + "|orders, value",
            "report_order_day_lead", "workspace_id, day, leg, bucket|orders, seconds",
            "report_order_day_sku", "workspace_id, day, currency, sku|lines, quantity, value");

    @Test
    void aRebuildOfAllProjectionsLeavesEveryTableAsItWas() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("REBUILD-1"), owner.token())
                             .json().get("orderId").asString();
        Http.postJson(apps.commandUrl + "/api/orders/" + orderId + "/notes", "{\"text\":\"fragile\"}",
                      owner.token());
        Http.Response task = Http.postJson(apps.commandUrl + "/api/tasks", """
                {"title":"Pack REBUILD-1","orderId":"%s","assigneeIds":["%s"]}"""
                .formatted(orderId, collaborator.accountId()), owner.token());
        String taskId = task.json().get("taskId").asString();
        Http.send("POST", apps.commandUrl + "/api/tasks/" + taskId + "/moves", "{\"status\":\"IN_PROGRESS\"}",
                  collaborator.token(), Map.of("If-Match", "\"0\""));
        awaitQuery(apps.queryUrl + "/api/tasks/" + taskId + "?minVersion=1", owner.token(),
                   r -> r.status() == 200);
        String admin = accounts.adminToken();
        String supportId = Http.postJson(apps.commandUrl + "/api/support/requests",
                                         "{\"kind\":\"ACCESS\",\"subject\":\"My data\",\"message\":\"Send it\"}",
                                         collaborator.token()).json().get("requestId").asString();
        Http.send("POST", apps.commandUrl + "/api/admin/support/requests/" + supportId + "/answers",
                  "{\"answer\":\"Attached\"}", admin, Map.of("If-Match", "\"0\""));
        awaitQuery(apps.queryUrl + "/api/support/requests/" + supportId + "?minVersion=1", collaborator.token(),
                   r -> r.status() == 200 && r.json().get("messages").size() == 2);
        awaitAllCaughtUp(apps.queryUrl, admin);
        Map<String, String> before = checksums(apps.database);
        // Rows no event explains: a real rebuild (tables emptied, then replayed) drops them.
        apps.database.sql("""
                          INSERT INTO query_side.order_timeline (event_id, order_id, workspace_id, sequence_number, at,
                                                                 event_type, summary)
                          VALUES ('stray', ?, ?, 99, now(), 'Forged', 'not from any event')""")
                     .params(orderId, owner.workspaceId()).update();
        apps.database.sql("UPDATE query_side.task_card SET title = 'tampered' WHERE task_id = ?").param(taskId)
                     .update();
        assertThat(checksums(apps.database)).isNotEqualTo(before);

        Http.Response started = Http.send("POST", apps.queryUrl + "/api/admin/projections/all/rebuild", null, admin,
                                          Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode progress = awaitAllCaughtUp(apps.queryUrl, admin);

        assertThat(checksums(apps.database)).isEqualTo(before);
        JsonNode orderList = find(progress, "order-list");
        assertThat(orderList.get("rebuildStartedAt").isNull()).isFalse();
        assertThat(orderList.get("rebuildFinishedAt").isNull()).isFalse();
        assertThat(orderList.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(orderList.get("position").asLong()).isEqualTo(orderList.get("head").asLong());
        assertThat(Http.send("POST", apps.queryUrl + "/api/admin/projections/accounts/rebuild", null, admin,
                             Map.of()).status()).as("accounts hold revocations: not rebuildable").isEqualTo(404);
    }

    /** Polls the progress until every rebuildable projection has replayed up to the head. */
    static JsonNode awaitAllCaughtUp(String queryUrl, String admin) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode progress;
        do {
            progress = Http.get(queryUrl + "/api/admin/projections", admin).json();
            boolean done = true;
            for (JsonNode projection : progress) {
                if (projection.get("rebuildable").asBoolean()
                    && (!projection.get("caughtUp").asBoolean()
                        || projection.get("position").asLong() < projection.get("head").asLong())) {
                    done = false;
                }
            }
            if (done) {
                return progress;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("projections did not catch up within 60 s: " + progress);
    }

    /** Every read-model table's rows as one md5 each (tables kept as totals plus deltas: what they add up to). */
    static Map<String, String> checksums(JdbcClient database) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : TABLES) {
            sums.put(table, database.sql("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                                              + "FROM query_side." + table + " t").query(String.class).single());
        }
        NET_TABLES.forEach((table, columns) -> {
            String key = columns.split("\\|")[0];
            String[] counted = columns.split("\\|")[1].split(", ");
            String totals = String.join(", ", Arrays.stream(counted).map(c -> "sum(" + c + ")").toList());
            sums.put(table, database.sql(
                    "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM (SELECT " + key + ", "
                    + totals + " FROM (SELECT * FROM query_side." + table + " UNION ALL SELECT * FROM query_side."
                    + table + "_delta) u GROUP BY " + key + " HAVING sum(" + counted[0] + ") <> 0) t")
                                         .query(String.class).single());
        });
        return sums;
    }

    private static JsonNode find(JsonNode progress, String name) {
        for (JsonNode projection : progress) {
            if (projection.get("projection").asString().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name);
    }
}
