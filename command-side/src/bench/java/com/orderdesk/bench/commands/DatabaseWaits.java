package com.orderdesk.bench.commands;

import com.orderdesk.bench.harness.Database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the database's sessions were doing while figure 1 ran: pg_stat_activity sampled every 100 ms, as the
 * average number of sessions per wait event ("CPU" when running, "IdleInTransaction" when the transaction waits
 * for the app). Sessions on {@code Lock:advisory} are appends queued behind the event store's append lock; its
 * holder is usually idle in transaction, i.e. the app still works between its event insert and its commit.
 */
final class DatabaseWaits implements AutoCloseable {

    private static final String SAMPLE = """
            SELECT CASE WHEN state = 'idle in transaction' THEN 'IdleInTransaction'
                        ELSE coalesce(wait_event_type || ':' || wait_event, 'CPU') END, count(*)
            FROM pg_stat_activity
            WHERE state IN ('active', 'idle in transaction') AND backend_type = 'client backend'
              AND pid <> pg_backend_pid()
            GROUP BY 1""";

    private final Database database;
    private final Map<String, Long> counts = new TreeMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long samples;

    DatabaseWaits(Database database) {
        this.database = database;
        this.thread = new Thread(this::sample, "database-waits");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        try (Connection c = database.connect(); Statement statement = c.createStatement()) {
            while (running) {
                try (ResultSet rs = statement.executeQuery(SAMPLE)) {
                    synchronized (counts) {
                        samples++;
                        while (rs.next()) {
                            counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                        }
                    }
                }
                Thread.sleep(100);
            }
        } catch (SQLException | InterruptedException e) {
            // sampling ends; what was gathered stays
        }
    }

    /** Average active sessions per wait event over the samples taken so far, busiest first. */
    Map<String, Double> averageActiveSessions() {
        synchronized (counts) {
            Map<String, Double> averages = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                  .forEach(e -> averages.put(e.getKey(), Math.round(100.0 * e.getValue() / Math.max(1, samples)) / 100.0));
            return averages;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(2000);
    }
}
