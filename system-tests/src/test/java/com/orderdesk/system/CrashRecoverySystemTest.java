package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety with real processes: the apps run from their packaged jars and the embedded PostgreSQL outside any
 * JVM, as {@code ./run.sh} runs them, and are killed with SIGKILL under load. What was acknowledged stays, once;
 * the read models and the signed chain come back to agree with the events.
 */
class CrashRecoverySystemTest {

    private static final int CLIENTS = 4;
    private static final String CSV_HEADER = "external_order_number,sales_channel,ordered_at,currency,customer_name,"
                                             + "sku,title,quantity,unit_price\n";

    @Test
    void everyAcknowledgedOrderSurvivesAPowerLossOfTheCommandSideAndItsDatabase(@TempDir Path data) throws Exception {
        try (SystemProcesses system = new SystemProcesses(data).startCommandSide().startQuerySide()) {
            Accounts accounts = new Accounts(system.commandUrl());
            Accounts.Member owner = accounts.newOwner();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger unanswered = new AtomicInteger();
            AtomicBoolean loading = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread = new Thread(() -> {
                    for (int i = 0; loading.get(); i++) {
                        try {
                            Http.Response created = Http.postJson(system.commandUrl() + "/api/orders",
                                                                  minimalOrder("CRASH-" + client + "-" + i),
                                                                  owner.token());
                            if (created.status() == 201) {
                                acknowledged.add(created.json().get("orderId").asString());
                            } else {
                                unanswered.incrementAndGet();
                            }
                        } catch (RuntimeException | AssertionError refusedOrCut) {
                            unanswered.incrementAndGet(); // the connection died with the process: not acknowledged
                            SystemProcesses.sleep(Duration.ofMillis(20));
                        }
                    }
                });
                thread.start();
                clients.add(thread);
            }
            awaitTrue(() -> acknowledged.size() >= 150, "150 orders acknowledged under load");

            system.killCommandSideAndDatabase();
            int acknowledgedBeforeTheCrash = acknowledged.size();
            SystemProcesses.sleep(Duration.ofMillis(300)); // the clients meet the dead port
            loading.set(false);
            for (Thread client : clients) {
                client.join();
            }
            assertThat(acknowledged).as("nothing acknowledged by a dead process").hasSize(acknowledgedBeforeTheCrash);

            system.startCommandSide(); // the same data directory: PostgreSQL recovers from its log
            JdbcClient database = system.database();
            Map<String, Long> recorded = SystemProcesses.orderRecordings(database, acknowledged);
            assertThat(recorded).as("every acknowledged order is there").hasSize(acknowledged.size());
            assertThat(recorded.values()).as("each exactly once").containsOnly(1L);
            long claimed = database.sql("SELECT count(*) FROM command_side.order_number_claim WHERE workspace_id = ?")
                                   .param(owner.workspaceId()).query(Long.class).single();
            long events = database.sql("""
                                       SELECT count(*) FROM event_store.domain_event_entry e
                                       JOIN command_side.order_number_claim c ON c.order_id = e.aggregate_identifier
                                       WHERE c.workspace_id = ?
                                         AND e.payload_type = 'com.orderdesk.events.order.OrderRecorded'""")
                                  .param(owner.workspaceId()).query(Long.class).single();
            assertThat(events).as("no claim without its event, no event without its claim").isEqualTo(claimed);
            assertThat(claimed).isGreaterThanOrEqualTo(acknowledged.size());

            // The query side lived through it (its database went away and came back) and catches up.
            awaitTrue(() -> database.sql("SELECT count(*) FROM query_side.order_summary WHERE workspace_id = ?")
                                    .param(owner.workspaceId()).query(Long.class).single() == claimed,
                      "the order list has every recorded order");
            String admin = accounts.login(SystemProcesses.ADMIN_USERNAME, SystemProcesses.ADMIN_PASSWORD);
            awaitTrue(() -> {
                JsonNode report = Http.get(system.commandUrl() + "/api/audit/chain/verification", admin).json();
                return report.get("intact").asBoolean() && report.get("pending").asLong() == 0;
            }, "the chain extended over every event and intact");
            System.out.printf("Power loss under load: %d orders acknowledged, %d found once each, %d requests "
                              + "unanswered, %d recorded in all%n", acknowledgedBeforeTheCrash, recorded.size(),
                              unanswered.get(), claimed);
        }
    }

    @Test
    void aQuerySideKilledMidRebuildFinishesWithTheTablesOfACleanRebuild(@TempDir Path data) throws Exception {
        try (SystemProcesses system = new SystemProcesses(data).startCommandSide().startQuerySide()) {
            Accounts accounts = new Accounts(system.commandUrl());
            Accounts.Member owner = accounts.newOwner();
            StringBuilder csv = new StringBuilder(CSV_HEADER);
            for (int i = 0; i < 4_000; i++) {
                csv.append("REBUILD-").append(i).append(",天猫,2026-11-21T00:00:00Z,CNY,客户").append(i)
                   .append(",SKU-").append(i % 50).append(",商品,1,9.90\n");
            }
            Http.Response imported = Http.send("POST", system.commandUrl() + "/api/orders/imports?mode=ALL_OR_NOTHING",
                                               csv.toString(), owner.token(), Map.of("Content-Type", "text/csv"));
            assertThat(imported.status()).isEqualTo(200);
            String admin = accounts.login(SystemProcesses.ADMIN_USERNAME, SystemProcesses.ADMIN_PASSWORD);
            ProjectionRebuildSystemTest.awaitAllCaughtUp(system.queryUrl(), admin);

            Http.Response started = Http.send("POST", system.queryUrl() + "/api/admin/projections/all/rebuild", null,
                                              admin, Map.of());
            assertThat(started.status()).isEqualTo(202);
            awaitTrue(() -> midRebuild(Http.get(system.queryUrl() + "/api/admin/projections", admin).json()),
                      "a projection part of the way through its replay");
            system.killQuerySide();

            system.startQuerySide();
            ProjectionRebuildSystemTest.awaitAllCaughtUp(system.queryUrl(), admin);
            JdbcClient database = system.database();
            Map<String, String> afterTheCrash = ProjectionRebuildSystemTest.checksums(database);

            Http.Response clean = Http.send("POST", system.queryUrl() + "/api/admin/projections/all/rebuild", null,
                                            admin, Map.of());
            assertThat(clean.status()).isEqualTo(202);
            ProjectionRebuildSystemTest.awaitAllCaughtUp(system.queryUrl(), admin);
            assertThat(afterTheCrash).as("the rebuild the crash interrupted ends where a clean one does")
                                     .isEqualTo(ProjectionRebuildSystemTest.checksums(database));
            assertThat(database.sql("SELECT count(*) FROM query_side.order_summary WHERE workspace_id = ?")
                               .param(owner.workspaceId()).query(Long.class).single()).isEqualTo(4_000);
        }
    }

    @Test
    void aCommandSideToldToStopAnswersTheImportInFlightBeforeItsDatabaseGoes(@TempDir Path data) throws Exception {
        try (SystemProcesses system = new SystemProcesses(data).startCommandSide()) {
            Accounts accounts = new Accounts(system.commandUrl());
            Accounts.Member owner = accounts.newOwner();
            StringBuilder csv = new StringBuilder(CSV_HEADER);
            for (int i = 0; i < 10_000; i++) {
                csv.append("STOP-").append(i).append(",天猫,2026-11-21T00:00:00Z,CNY,客户").append(i)
                   .append(",SKU-").append(i % 50).append(",商品,1,9.90\n");
            }
            CompletableFuture<Instant> answeredAt = new CompletableFuture<>();
            CompletableFuture<Http.Response> importing = CompletableFuture.supplyAsync(() -> {
                Http.Response response = Http.send("POST", system.commandUrl()
                                                           + "/api/orders/imports?mode=ALL_OR_NOTHING",
                                                   csv.toString(), owner.token(), Map.of("Content-Type", "text/csv"));
                answeredAt.complete(Instant.now());
                return response;
            });
            SystemProcesses.sleep(Duration.ofMillis(1500)); // 10,000 orders take several seconds
            Instant stopAsked = Instant.now();
            system.stopCommandSide(); // SIGTERM, as run.sh and service managers stop it

            Http.Response imported = importing.get(60, TimeUnit.SECONDS);
            assertThat(answeredAt.get()).as("the import was still in flight when the stop came").isAfter(stopAsked);
            assertThat(imported.status()).as("answered before the database went").isEqualTo(200);
            assertThat(imported.json().get("created").asInt()).isEqualTo(10_000);
            system.startCommandSide();
            assertThat(system.database().sql("SELECT count(*) FROM command_side.order_number_claim "
                                             + "WHERE workspace_id = ?").param(owner.workspaceId())
                             .query(Long.class).single()).isEqualTo(10_000);
            assertThat(system.logs("command-side")).doesNotContain("Cannot reuse aggregate identifier");
        }
    }

    @Test
    void aCommandSideKilledOutrightTakesItsPostgreSqlWithIt(@TempDir Path data) {
        try (SystemProcesses system = new SystemProcesses(data).startCommandSide()) {
            ProcessHandle postmaster = system.postmaster().orElseThrow();
            system.killCommandSide(0); // SIGKILL: the JVM cannot stop anything itself

            awaitTrue(() -> !postmaster.isAlive(), "PostgreSQL stopped after its JVM died");
            system.startCommandSide(); // and the data directory serves the next run as usual
            assertThat(system.database().sql("SELECT count(*) FROM event_store.domain_event_entry")
                             .query(Long.class).single()).isPositive();
        }
    }

    /** Some rebuildable projection has replayed part of the store, not all of it. */
    private static boolean midRebuild(JsonNode progress) {
        for (JsonNode projection : progress) {
            long position = projection.get("position").asLong();
            if (projection.get("rebuildable").asBoolean() && position >= 0
                && position < projection.get("head").asLong() - 100) {
                return true;
            }
        }
        return false;
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.get()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            SystemProcesses.sleep(Duration.ofMillis(100));
        }
    }
}
