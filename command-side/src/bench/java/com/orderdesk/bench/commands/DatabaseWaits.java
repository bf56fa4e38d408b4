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
 * average number of sessions per state or wait event ("CPU" when running; "idle in transaction" when the
 * transaction waits for its app). Sessions on {@code Lock:advisory} are appends queued behind the event store's
 * append lock; the lock's holder is reported apart ("append lock holder: ..."), so the figure shows whether the
 * lock is held while the database works or while the app works between its event insert and its commit.
 */
final class DatabaseWaits implements AutoCloseable {

    /** Each session's state or wait event; the holder of the append lock (key 7345001, see V1) is told apart. */
    private static final String SAMPLE = """
            SELECT CASE WHEN l.pid IS NOT NULL THEN 'append lock holder: ' ELSE '' END
                   || CASE WHEN a.state = 'active' THEN coalesce(a.wait_event_type || ':' || a.wait_event, 'CPU')
                           ELSE a.state END, count(*)
            FROM pg_stat_activity a
            LEFT JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'advisory' AND l.granted
                                AND l.classid = 0 AND l.objid = 7345001
            WHERE a.state IN ('active', 'idle in transaction') AND a.backend_type = 'client backend'
              AND a.pid <> pg_backend_pid()
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
