package com.orderdesk.bench.queries;

import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.measure.Progress;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Fills the order list and task board read models of one workspace straight with SQL, up to the sizes of
 * figure 5. Each generated row is a real row of that workspace (written by the projections) with new ids and
 * spread values: jsonb_populate_record over the template keeps every column, including ones added later.
 * Must run after the rebuild of figure 4: a rebuild empties these tables and replays only real events.
 */
final class ReadModelFill {

    private static final int CHUNK = 100_000;
    private final Database database;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    ReadModelFill(Database database) {
        this.database = database;
    }

    /** Adds orders until the workspace has {@code target}; 8 statuses × 4 channels, order times over a year. */
    long fillOrders(String workspaceId, String templateOrderId, long target) throws SQLException {
        String overrides = """
                jsonb_build_object(
                  'order_id', md5('%s-o-' || g)::uuid::text,
                  'external_order_number', 'F5-%s-' || g,
                  'status', (ARRAY['RECORDED','CONFIRMED','IN_FULFILLMENT','SHIPPED','DELIVERED','COMPLETED',
                                   'CANCELLED','AFTER_SALES'])[1 + g %% 8],
                  'sales_channel', (ARRAY['Taobao','JD','Pinduoduo','Douyin'])[1 + (g / 8) %% 4],
                  'order_time', t.order_time - make_interval(secs => g * 30),
                  'recorded_at', t.recorded_at - make_interval(secs => g * 30),
                  'updated_at', t.updated_at - make_interval(secs => g * 30),
                  'total', t.total + g %% 500)""".formatted(runId, runId);
        return fill("query_side.order_summary", "order_id", overrides, workspaceId, templateOrderId, target, "orders");
    }

    /**
     * Adds the report facts of the orders {@link #fillOrders} added (same ids, statuses, channels and order times),
     * each with two lines of 200 SKUs, so that a report over the last 90 days reads about a quarter of them.
     */
    long fillOrderFacts(String workspaceId, String templateOrderId, long target) throws SQLException {
        String overrides = """
                jsonb_build_object(
                  'order_id', md5('%s-o-' || g)::uuid::text,
                  'status', (ARRAY['RECORDED','CONFIRMED','IN_FULFILLMENT','SHIPPED','DELIVERED','COMPLETED',
                                   'CANCELLED','AFTER_SALES'])[1 + g %% 8],
                  'channel', (ARRAY['Taobao','JD','Pinduoduo','Douyin'])[1 + (g / 8) %% 4],
                  'order_time', t.order_time - make_interval(secs => g * 30),
                  'recorded_at', t.recorded_at - make_interval(secs => g * 30),
                  'shipped_at', CASE WHEN g %% 8 BETWEEN 3 AND 5 THEN t.order_time - make_interval(secs => g * 30)
                                     + interval '1 day' END,
                  'delivered_at', CASE WHEN g %% 8 IN (4, 5) THEN t.order_time - make_interval(secs => g * 30)
                                       + interval '3 days' END,
                  'completed_at', CASE WHEN g %% 8 = 5 THEN t.order_time - make_interval(secs => g * 30)
                                       + interval '5 days' END,
                  'cancelled_at', CASE WHEN g %% 8 = 6 THEN t.order_time - make_interval(secs => g * 30)
                                       + interval '1 hour' END,
                  'after_sales_kind', CASE WHEN g %% 8 = 7 THEN 'RETURN' END,
                  'total', t.total + g %% 500)""".formatted(runId);
        long facts = fill("query_side.report_order_fact", "order_id", overrides, workspaceId, templateOrderId,
                          target, "order report facts");
        database.update("""
                        INSERT INTO query_side.report_order_line (order_id, line_no, sku, quantity, line_total)
                        SELECT f.order_id, l.no, 'SKU-' || (abs(hashtext(f.order_id)) + l.no) % 200, 1 + l.no,
                               f.total / 2
                        FROM query_side.report_order_fact f CROSS JOIN (VALUES (1), (2)) l(no)
                        WHERE f.workspace_id = ?
                          AND NOT EXISTS (SELECT 1 FROM query_side.report_order_line x WHERE x.order_id = f.order_id)""",
                        workspaceId);
        database.update("VACUUM ANALYZE query_side.report_order_line");
        return facts;
    }

    /** Adds the report facts of the tasks {@link #fillTasks} added. */
    long fillTaskFacts(String workspaceId, String templateTaskId, long target) throws SQLException {
        String overrides = """
                jsonb_build_object(
                  'task_id', md5('%s-t-' || g)::uuid::text,
                  'status', (ARRAY['TODO','IN_PROGRESS','BLOCKED','IN_REVIEW','DONE'])[1 + g %% 5],
                  'created_at', t.created_at - make_interval(secs => g * 60),
                  'first_in_progress_at', CASE WHEN g %% 5 > 0 THEN t.created_at - make_interval(secs => g * 60)
                                               + interval '2 hours' END,
                  'done_at', CASE WHEN g %% 5 = 4 THEN t.created_at - make_interval(secs => g * 60)
                                  + interval '1 day' END,
                  'blocked_since', CASE WHEN g %% 5 = 2 THEN t.created_at - make_interval(secs => g * 60)
                                        + interval '3 hours' END,
                  'due_at', now() + make_interval(days => (g %% 60)::int - 20))""".formatted(runId);
        return fill("query_side.report_task_fact", "task_id", overrides, workspaceId, templateTaskId, target,
                    "task report facts");
    }

    /** Adds {@code count} sign-ins of the account (a tenth of them failed) over the last year, every 5 minutes. */
    void fillSignIns(String accountId, long count) throws SQLException {
        database.update("""
                        INSERT INTO query_side.report_sign_in (event_id, account_id, at, kind)
                        SELECT md5(? || '-s-' || g)::uuid::text, ?, now() - make_interval(secs => g * 300),
                               CASE WHEN g % 10 = 0 THEN 'FAILED' ELSE 'SUCCEEDED' END
                        FROM generate_series(1, ?::bigint) g""", runId, accountId, count);
        database.update("VACUUM ANALYZE query_side.report_sign_in");
    }

    /** Adds tasks until the workspace has {@code target}; spread over the five columns, priorities and due dates. */
    long fillTasks(String workspaceId, String templateTaskId, long target) throws SQLException {
        String overrides = """
                jsonb_build_object(
                  'task_id', md5('%s-t-' || g)::uuid::text,
                  'title', 'Task ' || g,
                  'status', (ARRAY['TODO','IN_PROGRESS','BLOCKED','IN_REVIEW','DONE'])[1 + g %% 5],
                  'blocked_reason', CASE WHEN g %% 5 = 2 THEN 'waiting for stock' END,
                  'priority', (ARRAY['LOW','NORMAL','HIGH','URGENT'])[1 + (g / 5) %% 4],
                  'due_at', now() + make_interval(days => (g %% 60)::int - 20),
                  'progress', g %% 101,
                  'created_at', t.created_at - make_interval(secs => g * 60),
                  'updated_at', t.updated_at - make_interval(secs => g * 60))""".formatted(runId);
        return fill("query_side.task_card", "task_id", overrides, workspaceId, templateTaskId, target, "tasks");
    }

    private long fill(String table, String idColumn, String overrides, String workspaceId, String templateId,
                      long target, String what) throws SQLException {
        long existing = database.queryLong("SELECT count(*) FROM " + table + " WHERE workspace_id = ?", workspaceId);
        long added = 0;
        for (long from = 1; from <= target - existing; from += CHUNK) {
            long to = Math.min(target - existing, from + CHUNK - 1);
            // LATERAL, not (jsonb_populate_record(...)).*, which PostgreSQL would evaluate once per column.
            added += database.update("INSERT INTO " + table + " SELECT r.* FROM (SELECT * FROM " + table + " WHERE "
                    + idColumn + " = ?) t CROSS JOIN generate_series(?::bigint, ?::bigint) g CROSS JOIN LATERAL "
                    + "jsonb_populate_record(NULL::" + table + ", to_jsonb(t) || " + overrides + ") r",
                    templateId, from, to);
            Progress.show(String.format("Figure 5: filling the read model with %s: %d of %d", what, existing + added,
                                        target));
        }
        // What autovacuum would have done by now in a system that grew to this size.
        database.update("VACUUM ANALYZE " + table);
        return existing + added;
    }
}
