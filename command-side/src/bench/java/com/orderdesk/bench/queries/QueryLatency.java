package com.orderdesk.bench.queries;

import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.measure.ClosedLoop;
import com.orderdesk.bench.measure.Latency;
import com.orderdesk.bench.measure.Progress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Figure 5: latency of the owner's filtered, paged order list (first page and the page after it), of the task
 * board and of the three reports over the last 90 days, one client at a time, with the read models filled by
 * {@link ReadModelFill}.
 */
public final class QueryLatency {

    /** One query measured: what was asked, its p99 target (issue 16) and its latency. */
    public record Query(String name, String request, double targetP99Ms, Latency latency) {
    }

    /** Figure 5's result: the data sizes and the queries. */
    public record Figure(long orders, long tasks, List<Query> queries) {
    }

    static final String LIST = "/api/orders?status=CONFIRMED&channel=JD&limit=50";
    static final String BOARD = "/api/tasks/board";

    private final Session owner;
    private final Database database;
    private final BenchOptions options;

    public QueryLatency(Session owner, Database database, BenchOptions options) {
        this.owner = owner;
        this.database = database;
        this.options = options;
    }

    public Figure run() throws SQLException, InterruptedException {
        ReadModelFill fill = new ReadModelFill(database);
        // Looked up once: after the fill every row of the workspace is a copy with a customer contact.
        String templateOrder = templateOrder();
        long orders = fill.fillOrders(owner.workspaceId(), templateOrder, options.orders());
        String templateTask = templateTask();
        long tasks = fill.fillTasks(owner.workspaceId(), templateTask, options.tasks());
        awaitRow("SELECT order_id FROM query_side.report_order_fact WHERE order_id = ?", templateOrder);
        fill.fillOrderFacts(owner.workspaceId(), templateOrder, options.orders());
        fill.fillTaskFacts(owner.workspaceId(), awaitRow("SELECT task_id FROM query_side.report_task_fact "
                                                         + "WHERE task_id = ?", templateTask), options.tasks());
        fill.fillSignIns(owner.accountId(), options.tasks());
        String cursor = owner.query(LIST).expectOk("order list").json().get("nextCursor").asString();
        String nextPage = LIST + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        // The last 90 days, in UTC (the owner set no zone).
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String range = "?from=" + today.minusDays(89) + "&to=" + today;
        return new Figure(orders, tasks, List.of(
                measure("order list, filtered (status, channel), first page of 50", LIST, 20),
                measure("order list, filtered, next page (cursor)", nextPage, 20),
                measure("task board (5 columns, counts, 100 cards each)", BOARD, 20),
                measure("orders report, last 90 days by day", "/api/reports/orders" + range, 100),
                measure("tasks report, last 90 days", "/api/reports/tasks" + range, 100),
                measure("operations report, last 90 days", "/api/reports/operations" + range, 100)));
    }

    private Query measure(String name, String request, double targetP99Ms) throws InterruptedException {
        for (int i = 0; i < 20; i++) { // warm-up: JIT and caches, as in a running system
            owner.query(request);
        }
        Latency latency = ClosedLoop.run("Figure 5: " + name, 1, options.duration(),
                                         (client, n) -> owner.query(request).status() == 200);
        return new Query(name, request, targetP99Ms, latency);
    }

    /** A real order of the owner with a customer contact (figure 1's), once the order list has it. */
    private String templateOrder() throws SQLException, InterruptedException {
        return awaitRow("SELECT order_id FROM query_side.order_summary WHERE workspace_id = ? "
                        + "AND customer_name IS NOT NULL LIMIT 1", owner.workspaceId());
    }

    /** A real task, assigned to the owner, with a label and a due date, once the board has it. */
    private String templateTask() throws SQLException, InterruptedException {
        String taskId = owner.command("POST", "/api/tasks", Map.of(
                        "title", "Pack the order", "description", "Check the tea tins before packing",
                        "priority", "HIGH", "dueAt", "2030-01-01T00:00:00Z", "labels", List.of("packing"),
                        "assigneeIds", List.of(owner.accountId())), null)
                .expectOk("create task").json().get("taskId").asString();
        return awaitRow("SELECT task_id FROM query_side.task_card WHERE task_id = ?", taskId);
    }

    private String awaitRow(String sql, String param) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String id = database.queryString(sql, param);
            if (id != null) {
                return id;
            }
            Progress.show("Figure 5: waiting for the template rows to be projected");
            Thread.sleep(100);
        }
        throw new IllegalStateException("No template row for " + param);
    }
}
