package com.orderdesk.system;

import com.orderdesk.command.infra.EmbeddedPostgresProperties;
import com.orderdesk.command.infra.EmbeddedPostgresServer;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-side and two query-side processes on one PostgreSQL, under load; one of each is killed with SIGKILL.
 * Every acknowledged command is applied once, the survivor takes over the projections, live views on it miss
 * nothing, the read models equal a rebuild and the chain has no fork.
 */
class SeveralInstancesSystemTest {

    private static final int CLIENTS = 4;

    @Test
    void twoOfEachSideUnderLoadLoseOneOfEachAndNothingAcknowledgedIsLost(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(
                     new EmbeddedPostgresProperties(Path.of("unused"), 0, true, Path.of("unused")));
             SystemProcesses system = new SystemProcesses(data, new SystemProcesses.ExternalDatabase(
                     "jdbc:postgresql://localhost:" + postgres.port() + "/postgres", postgres.username(),
                     postgres.password()))) {
            // One after the other: the first creates the signing key and migrates the schemas both use.
            system.startCommandSide(0).startCommandSide(1).startQuerySide(0).startQuerySide(1);
            JdbcClient database = system.database();
            Accounts accounts = new Accounts(system.commandUrl(0));
            Accounts.Member owner = accounts.newOwner();
            String admin = accounts.login(SystemProcesses.ADMIN_USERNAME, SystemProcesses.ADMIN_PASSWORD);

            try (Http.EventStream onFirst = Http.events(system.queryUrl(0) + "/api/orders/live", owner.token());
                 Http.EventStream onSecond = Http.events(system.queryUrl(1) + "/api/orders/live", owner.token())) {
                assertThat(onFirst.status()).isEqualTo(200);
                assertThat(onSecond.status()).isEqualTo(200);
                SystemProcesses.sleep(Duration.ofMillis(300));

                Set<String> acknowledged = ConcurrentHashMap.newKeySet();
                Set<String> acknowledgedAfterTheKill = ConcurrentHashMap.newKeySet();
                AtomicBoolean killed = new AtomicBoolean();
                AtomicBoolean loading = new AtomicBoolean(true);
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    Thread thread = new Thread(() -> {
                        for (int i = 0; loading.get(); i++) {
                            // Spread over both command sides, as a balancer would; after the kill only one answers.
                            String url = system.commandUrl((client + i) % 2);
                            try {
                                Http.Response created = Http.postJson(url + "/api/orders",
                                                                      minimalOrder("PAIR-" + client + "-" + i),
                                                                      owner.token());
                                if (created.status() == 201) {
                                    String id = created.json().get("orderId").asString();
                                    acknowledged.add(id);
                                    if (killed.get()) {
                                        acknowledgedAfterTheKill.add(id);
                                    }
                                }
                            } catch (RuntimeException | AssertionError deadInstance) {
                                SystemProcesses.sleep(Duration.ofMillis(20));
                            }
                        }
                    });
                    thread.start();
                    clients.add(thread);
                }
                awaitTrue(() -> acknowledged.size() >= 100, Duration.ofSeconds(60), "100 orders under load");

                // The first query side holds every processor's segment (it started first): the second takes over.
                Instant killedAt = Instant.now();
                system.killCommandSide(1);
                system.killQuerySide(0);
                killed.set(true);
                AtomicReference<Duration> takeover = new AtomicReference<>();
                awaitTrue(() -> !acknowledgedAfterTheKill.isEmpty() && projectedBySecond(system, owner,
                                                                                         acknowledgedAfterTheKill),
                          Duration.ofSeconds(90), "the second query side projects new orders");
                takeover.set(Duration.between(killedAt, Instant.now()));
                SystemProcesses.sleep(Duration.ofSeconds(2));
                loading.set(false);
                for (Thread client : clients) {
                    client.join();
                }

                Map<String, Long> recorded = SystemProcesses.orderRecordings(database, acknowledged);
                assertThat(recorded).as("every acknowledged order applied").hasSize(acknowledged.size());
                assertThat(recorded.values()).as("exactly once").containsOnly(1L);
                long claimed = database.sql("SELECT count(*) FROM command_side.order_number_claim "
                                            + "WHERE workspace_id = ?").param(owner.workspaceId())
                                       .query(Long.class).single();
                awaitTrue(() -> database.sql("SELECT count(*) FROM query_side.order_summary WHERE workspace_id = ?")
                                        .param(owner.workspaceId()).query(Long.class).single() == claimed,
                          Duration.ofSeconds(60), "the order list has every recorded order");
                awaitTrue(() -> acknowledged.stream().allMatch(id -> String.join("\n", List.copyOf(
                                  onSecond.received())).contains(id)),
                          Duration.ofSeconds(30), "the live list on the surviving query side saw every order");

                Map<String, String> live = ProjectionRebuildSystemTest.checksums(database);
                Http.Response rebuild = Http.send("POST", system.queryUrl(1) + "/api/admin/projections/all/rebuild",
                                                  null, admin, Map.of());
                assertThat(rebuild.status()).isEqualTo(202);
                ProjectionRebuildSystemTest.awaitAllCaughtUp(system.queryUrl(1), admin);
                assertThat(ProjectionRebuildSystemTest.checksums(database))
                        .as("read models built by two instances and a takeover equal a single-instance rebuild")
                        .isEqualTo(live);

                awaitTrue(() -> {
                    JsonNode report = Http.get(system.commandUrl(0) + "/api/audit/chain/verification", admin).json();
                    return report.get("intact").asBoolean() && report.get("pending").asLong() == 0;
                }, Duration.ofSeconds(60), "one chain over every event, extended by two instances, intact");
                System.out.printf("Two of each, one of each killed: %d orders acknowledged, %d applied once each, "
                                  + "%d recorded in all; projections taken over within %d ms%n", acknowledged.size(),
                                  recorded.size(), claimed, takeover.get().toMillis());
            }
        }
    }

    private static boolean projectedBySecond(SystemProcesses system, Accounts.Member owner, Set<String> orderIds) {
        String id = orderIds.iterator().next();
        return Http.get(system.queryUrl(1) + "/api/orders/" + id, owner.token()).status() == 200;
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration patience, String what) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.get()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            SystemProcesses.sleep(Duration.ofMillis(100));
        }
    }
}
