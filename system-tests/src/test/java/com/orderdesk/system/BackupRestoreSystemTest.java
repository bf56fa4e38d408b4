package com.orderdesk.system;

import com.orderdesk.command.audit.EventChain;
import com.orderdesk.command.backup.BackupTool;
import com.orderdesk.command.backup.BaseBackup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The backup and restore drill of the README: a backup made while orders are being recorded, restored into a new
 * data directory, on which the whole system starts with every order acknowledged before the backup, each once, the
 * read models caught up and the signed chain intact.
 */
class BackupRestoreSystemTest {

    @Test
    void aBackupMadeUnderLoadRestoresIntoANewDataDirectoryWithEveryAcknowledgedOrderAndAnIntactChain(
            @TempDir Path work) throws Exception {
        Path original = work.resolve("data");
        Path backup = work.resolve("backup");
        Path restored = work.resolve("restored");
        List<String> beforeBackup = new CopyOnWriteArrayList<>();
        List<String> duringBackup = new CopyOnWriteArrayList<>();
        Accounts.Member owner;
        try (BothApps apps = BothApps.startOn(original)) {
            Accounts accounts = new Accounts(apps);
            owner = accounts.newOwner();
            for (int i = 0; i < 10; i++) {
                beforeBackup.add(recordOrder(apps, owner, "BEFORE-" + i));
            }
            apps.commandSide.getBean(EventChain.class).extend();

            AtomicBoolean backingUp = new AtomicBoolean(true);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                Future<?> writing = writer.submit(() -> {
                    for (int i = 0; backingUp.get(); i++) {
                        duringBackup.add(recordOrder(apps, owner, "DURING-" + i));
                    }
                });
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // the writer is under way
                BaseBackup.Taken taken = BackupTool.backup(original, backup);
                backingUp.set(false);
                writing.get(30, TimeUnit.SECONDS);
                assertThat(taken.files()).isPositive();
            } finally {
                writer.shutdownNow();
            }
            assertThat(duringBackup).as("orders were recorded while the backup ran").isNotEmpty();
        }
        assertThat(Files.readString(backup.resolve("BACKUP.txt"))).contains("run.sh restore");
        assertThatThrownBy(() -> BackupTool.restore(backup, original)).as("never over existing data")
                .hasMessageContaining("is not empty");

        BackupTool.restore(backup, restored);
        try (BothApps apps = BothApps.startOn(restored)) {
            Accounts accounts = new Accounts(apps);
            String token = accounts.signIn(owner.username(), Accounts.PASSWORD);
            for (String orderId : beforeBackup) {
                assertThat(ordersWithId(apps, orderId)).as("order %s, acknowledged before the backup", orderId)
                                                       .isEqualTo(1);
            }
            for (String orderId : duringBackup) {
                assertThat(ordersWithId(apps, orderId)).as("order %s: whole or not at all", orderId).isBetween(0L, 1L);
            }
            List<String> restoredOrders = apps.database.sql("""
                    SELECT aggregate_identifier FROM event_store.domain_event_entry
                    WHERE payload_type = 'com.orderdesk.events.order.OrderRecorded'""").query(String.class).list();
            // Read models caught up: every restored order is in the order list (projected before the backup, or
            // from the restored log after the start).
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            for (String orderId : restoredOrders) {
                while (Http.get(apps.queryUrl + "/api/orders/" + orderId, token).status() != 200) {
                    assertThat(Instant.now()).as("order %s in the restored order list", orderId).isBefore(deadline);
                    LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                }
            }
            assertThat(recordOrder(apps, owner.withToken(token), "AFTER-RESTORE")).isNotBlank();

            String admin = accounts.adminToken(); // signing in is an event too: before the chain is extended
            apps.commandSide.getBean(EventChain.class).extend();
            JsonNode verification = Http.get(apps.commandUrl + "/api/audit/chain/verification", admin).json();
            assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.get("pending").asLong()).isZero();
            assertThat(apps.database.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        }
    }

    private static String recordOrder(BothApps apps, Accounts.Member owner, String number) {
        Http.Response created = Http.postJson(apps.commandUrl + "/api/orders",
                                              minimalOrder(number + "-" + Accounts.unique()), owner.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("orderId").asString();
    }

    private static long ordersWithId(BothApps apps, String orderId) {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE aggregate_identifier = ?
                                   AND payload_type = 'com.orderdesk.events.order.OrderRecorded'""")
                            .param(orderId).query(Long.class).single();
    }
}
