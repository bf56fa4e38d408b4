package com.orderdesk.bench.ceiling;

import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.measure.ClosedLoop;
import com.orderdesk.bench.measure.Latency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Figure 2: the database's own ceiling for what an append is — one single-row insert transaction (autocommit) of
 * an event-sized row — at the same concurrency as figure 1, on the same database in the same run. The scratch
 * table has the event table's columns, constraints and indexes but not its append trigger (the serialising
 * lock is part of what the ceiling is compared against).
 */
public final class InsertCeiling {

    /** Figure 2's result: row size used and one throughput row per concurrency level. */
    public record Figure(int payloadBytes, int metadataBytes, List<Latency> steps) {
    }

    private static final String TABLE = "bench.event_insert";

    private final Database database;
    private final BenchOptions options;

    public InsertCeiling(Database database, BenchOptions options) {
        this.database = database;
        this.options = options;
    }

    public Figure run() throws SQLException, InterruptedException {
        int payloadBytes = (int) database.queryLong(
                "SELECT coalesce(round(avg(octet_length(payload))), 500) FROM event_store.domain_event_entry");
        int metadataBytes = (int) database.queryLong(
                "SELECT coalesce(round(avg(octet_length(meta_data))), 500) FROM event_store.domain_event_entry");
        database.update("CREATE SCHEMA IF NOT EXISTS bench");
        database.update("DROP TABLE IF EXISTS " + TABLE);
        database.update("CREATE TABLE " + TABLE + " (LIKE event_store.domain_event_entry INCLUDING ALL)");
        database.update("CREATE SEQUENCE " + TABLE + "_seq OWNED BY " + TABLE + ".global_index");
        database.update("ALTER TABLE " + TABLE + " ALTER COLUMN global_index SET DEFAULT nextval('" + TABLE + "_seq')");
        try {
            List<Latency> steps = new ArrayList<>();
            for (int threads : options.clients()) {
                steps.add(step(threads, filler(payloadBytes), filler(metadataBytes)));
            }
            return new Figure(payloadBytes, metadataBytes, steps);
        } finally {
            database.update("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    private Latency step(int threads, byte[] payload, byte[] metadata) throws SQLException, InterruptedException {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> inserts = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Connection c = database.connect();
                connections.add(c);
                inserts.add(c.prepareStatement("INSERT INTO " + TABLE + " (event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, 0, 'Order', ?, 'com.orderdesk.events.order.OrderRecorded', '1', ?, ?)"));
            }
            return ClosedLoop.run("Figure 2: raw insert ceiling", threads, options.duration(), (client, n) -> {
                PreparedStatement insert = inserts.get(client);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, java.time.Instant.now().toString());
                insert.setBytes(4, payload);
                insert.setBytes(5, metadata);
                return insert.executeUpdate() == 1;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** Bytes of the given size; random letters so that PostgreSQL cannot compress them better than real JSON. */
    static byte[] filler(int size) {
        Random random = new Random(size);
        byte[] bytes = new byte[Math.max(1, size)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }
}
