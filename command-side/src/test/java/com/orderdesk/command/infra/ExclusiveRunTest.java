package com.orderdesk.command.infra;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduled work runs on one instance at a time; an instance that dies lets the others go on. */
class ExclusiveRunTest {

    private static final long LOCK = 990001;
    private static EmbeddedPostgresServer postgres;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void startDatabase() {
        postgres = EmbeddedPostgresServer.start(EmbeddedServers.ephemeral());
        dataSource = EmbeddedServers.dataSource(postgres);
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @Test
    void aSecondInstanceSkipsTheRoundWhileTheFirstRunsItAndRunsTheNextOne() throws Exception {
        ExclusiveRun first = new ExclusiveRun(dataSource);
        ExclusiveRun second = new ExclusiveRun(dataSource);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> firstRound = CompletableFuture.supplyAsync(() -> first.ifFree(LOCK, () -> {
            running.countDown();
            await(finish);
        }));
        await(running);

        assertThat(second.ifFree(LOCK, () -> { })).as("the first instance holds the round").isFalse();
        finish.countDown();
        assertThat(firstRound.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.ifFree(LOCK, () -> { })).as("the next round is free again").isTrue();
    }

    @Test
    void anInstanceThatDiesMidRoundReleasesIt() throws Exception {
        // An instance's round, as its database session sees it; the instance dies: the session goes.
        try (Connection dying = dataSource.getConnection();
             PreparedStatement lock = dying.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
            assertThat(new ExclusiveRun(dataSource).ifFree(LOCK, () -> { })).isFalse();
        }
        assertThat(new ExclusiveRun(dataSource).ifFree(LOCK, () -> { })).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
