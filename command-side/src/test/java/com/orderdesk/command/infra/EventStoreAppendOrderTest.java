package com.orderdesk.command.infra;

import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event table must never let a tracking processor skip a committed event because another append was slow
 * (Axon issue #4829). Runs on a real PostgreSQL with the production migrations.
 */
class EventStoreAppendOrderTest {

    private static EmbeddedPostgresServer postgres;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void startDatabase() {
        postgres = EmbeddedPostgresServer.start(EmbeddedServers.ephemeral());
        dataSource = EmbeddedServers.migrated(postgres);
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @Test
    void laterAppendBecomesVisibleOnlyAfterEarlierPositionIsCommitted() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long slowPosition = append(slow, UUID.randomUUID().toString());

            Future<Long> fast = writer.submit(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return append(c, UUID.randomUUID().toString()); // auto-commit
                }
            });

            // While the slow append is open, the fast one cannot take a later position and commit around it.
            assertThatThrownBy(() -> fast.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            assertThat(maxVisiblePosition()).isLessThan(slowPosition);

            slow.commit();
            assertThat(fast.get(10, TimeUnit.SECONDS)).isGreaterThan(slowPosition);
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void trackingReaderMissesNoEventWhenAnAppendOutlastsTheGapTimeout() throws Exception {
        // A gap timeout far shorter than the slow append: without the append lock, Axon would give up on the gap.
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(Jackson3Serializer.builder().build())
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .schema(new EventStoreConfiguration().eventSchema())
                .gapTimeout(50)
                .batchSize(10)
                .build();
        TrackingToken start = engine.createHeadToken();
        Set<String> committed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        int writers = 4;
        int eventsPerWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch slowAppended = new CountDownLatch(1);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> {
                try (Connection slow = dataSource.getConnection()) {
                    slow.setAutoCommit(false);
                    String id = UUID.randomUUID().toString();
                    append(slow, id);
                    slowAppended.countDown();
                    new CountDownLatch(1).await(300, TimeUnit.MILLISECONDS); // hold well past the gap timeout
                    slow.commit();
                    committed.add(id);
                }
                return null;
            }));
            assertThat(slowAppended.await(10, TimeUnit.SECONDS)).isTrue();
            for (int w = 0; w < writers; w++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < eventsPerWriter; i++) {
                        try (Connection c = dataSource.getConnection()) {
                            c.setAutoCommit(false);
                            String id = UUID.randomUUID().toString();
                            append(c, id);
                            if (i % 10 == 9) {
                                c.rollback(); // leaves a permanent gap the reader must step over
                            } else {
                                c.commit();
                                committed.add(id);
                            }
                        }
                    }
                    return null;
                }));
            }

            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            TrackingToken token = start;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)
                   && !(work.stream().allMatch(Future::isDone) && seen.containsAll(committed))) {
                try (Stream<? extends TrackedEventMessage<?>> batch = engine.readEvents(token, false)) {
                    for (TrackedEventMessage<?> event : batch.toList()) {
                        if (!seen.add(event.getIdentifier())) {
                            duplicates.add(event.getIdentifier());
                        }
                        token = event.trackingToken();
                    }
                }
            }
            for (Future<?> w : work) {
                w.get(10, TimeUnit.SECONDS);
            }
            assertThat(committed).hasSize(1 + writers * (eventsPerWriter - eventsPerWriter / 10));
            assertThat(seen).as("events the tracking reader saw").containsExactlyInAnyOrderElementsOf(committed);
            assertThat(duplicates).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static long append(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'Test', ?, 'test.Appended', NULL, ?, ?)
                RETURNING global_index""")) {
            insert.setString(1, eventId);
            insert.setString(2, eventId);
            insert.setString(3, Instant.now().toString());
            insert.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
            insert.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long maxVisiblePosition() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement()
                             .executeQuery("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
