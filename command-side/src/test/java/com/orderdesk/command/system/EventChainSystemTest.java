package com.orderdesk.command.system;

import com.orderdesk.command.audit.EventChain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static com.orderdesk.command.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence on real PostgreSQL: alter, delete or cut off stored event rows directly in the database and the
 * verification finds the first break at exactly that position. Each test puts the rows back afterwards.
 */
class EventChainSystemTest extends SystemTest {

    private Accounts.Member owner;
    private String auditorToken;

    @BeforeEach
    void someChainedEvents() {
        owner = accounts.newOwner();
        auditorToken = accounts.login(accounts.newMember(owner, "AUDITOR").username(), Accounts.PASSWORD);
        for (int i = 0; i < 3; i++) {
            Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("CHAIN-" + Accounts.unique()), owner.token());
        }
        apps.commandSide.getBean(EventChain.class).extend();
    }

    @Test
    void anUntouchedStoreVerifiesWithEverySignedCheckpoint() {
        JsonNode report = verification();

        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("eventsChecked").asLong()).isEqualTo(eventCount());
        assertThat(report.get("checkpointsChecked").asLong()).isPositive();
        assertThat(report.get("firstBreak").isNull()).isTrue();
    }

    @Test
    void alteringOneStoredEventBreaksTheChainAtExactlyThatPosition() {
        long position = middlePosition();
        byte[] original = payload(position);
        apps.database.sql("UPDATE event_store.domain_event_entry SET payload = ? WHERE global_index = ?")
                     .params(new String(original).replace("EUR", "USD").getBytes(), position).update();
        try {
            JsonNode report = verification();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("firstBreak").get("position").asLong()).isEqualTo(position);
            assertThat(report.get("firstBreak").get("problem").asString()).contains("altered");
        } finally {
            apps.database.sql("UPDATE event_store.domain_event_entry SET payload = ? WHERE global_index = ?")
                         .params(original, position).update();
        }
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void deletingAnEventInTheMiddleOrAtTheEndIsDetected() {
        long middle = middlePosition();
        long last = apps.database.sql("SELECT max(global_index) FROM command_side.event_chain_link")
                                 .query(Long.class).single();
        withRowsSetAside("global_index = " + middle, () -> {
            JsonNode report = verification();
            assertThat(report.get("firstBreak").get("position").asLong()).isEqualTo(middle);
            assertThat(report.get("firstBreak").get("problem").asString()).contains("deleted");
        });
        withRowsSetAside("global_index = " + last, () -> {
            JsonNode report = verification();
            assertThat(report.get("firstBreak").get("position").asLong()).isEqualTo(last);
        });
        // Cut off the tail, chain links included: the signed checkpoint still knows where the chain ended.
        apps.database.sql("""
                          CREATE TABLE public.cut_links AS
                          SELECT * FROM command_side.event_chain_link WHERE global_index = ?""").param(last).update();
        apps.database.sql("DELETE FROM command_side.event_chain_link WHERE global_index = ?").param(last).update();
        try {
            withRowsSetAside("global_index = " + last, () -> {
                JsonNode report = verification();
                assertThat(report.get("intact").asBoolean()).isFalse();
                assertThat(report.get("firstBreak").get("problem").asString()).contains("truncated");
            });
        } finally {
            apps.database.sql("INSERT INTO command_side.event_chain_link SELECT * FROM public.cut_links").update();
            apps.database.sql("DROP TABLE public.cut_links").update();
        }
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void anExportVerifiesOfflineShowsOtherWorkspacesOnlyByDigestAndAnyEditBreaksIt() throws Exception {
        Accounts.Member stranger = accounts.newOwner();
        Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("SECRET-" + Accounts.unique()), stranger.token());
        apps.commandSide.getBean(EventChain.class).extend();

        String export = Http.get(apps.commandUrl + "/api/audit/chain/export", auditorToken).body();
        Path file = Files.createTempFile("event-chain", ".txt");
        Files.writeString(file, export);

        assertThat(verifyOffline(file)).startsWith("INTACT: " + eventCount() + " events");
        String fullRows = export.lines().filter(line -> line.startsWith("R "))
                                .map(line -> new String(Base64.getDecoder().decode(line.split(" ")[2])))
                                .reduce("", String::concat);
        assertThat(fullRows).contains(owner.workspaceId()).doesNotContain(stranger.workspaceId(), "SECRET-");

        String[] lines = export.split("\n");
        int victim = lines.length / 2;
        String[] fields = lines[victim].split(" ");
        fields[2] = fields[0].equals("R") ? Base64.getEncoder().encodeToString("forged".getBytes())
                                          : "00".repeat(32);
        lines[victim] = String.join(" ", fields);
        Files.writeString(file, String.join("\n", lines) + "\n");
        assertThat(verifyOffline(file)).startsWith("BROKEN at line " + (victim + 1));

        Files.writeString(file, export.substring(0, export.lastIndexOf("M ")));
        assertThat(verifyOffline(file)).contains("truncated");
    }

    /** Runs the documented offline check, {@code java tools/VerifyChainExport.java <file>}, as a separate JVM. */
    private static String verifyOffline(Path file) throws Exception {
        Path tool = Path.of("..", "tools", "VerifyChainExport.java").toAbsolutePath().normalize();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                             tool.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the verifier finished").isTrue();
        return output;
    }

    @Test
    void onlyAuditorsAndTheAdminMayVerify() {
        assertThat(Http.get(apps.commandUrl + "/api/audit/chain/verification", owner.token()).status())
                .isEqualTo(403);
    }

    private JsonNode verification() {
        Http.Response response = Http.get(apps.commandUrl + "/api/audit/chain/verification", auditorToken);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long middlePosition() {
        return apps.database.sql("""
                                 SELECT global_index FROM event_store.domain_event_entry
                                 WHERE payload_type LIKE '%OrderRecorded' ORDER BY global_index DESC OFFSET 1 LIMIT 1""")
                            .query(Long.class).single();
    }

    private byte[] payload(long position) {
        return apps.database.sql("SELECT payload FROM event_store.domain_event_entry WHERE global_index = ?")
                            .param(position).query(byte[].class).single();
    }

    private static long eventCount() {
        return apps.database.sql("SELECT count(*) FROM event_store.domain_event_entry").query(Long.class).single();
    }

    /**
     * Deletes the event rows, runs the check, and puts them back with their original positions (the trigger that
     * assigns positions is off while they are restored). A plain table holds them: the pool may hand each
     * statement another connection, so a temporary table could vanish in between.
     */
    private static void withRowsSetAside(String condition, Runnable check) {
        apps.database.sql("CREATE TABLE public.set_aside AS SELECT * FROM event_store.domain_event_entry WHERE "
                          + condition).update();
        apps.database.sql("DELETE FROM event_store.domain_event_entry WHERE " + condition).update();
        try {
            check.run();
        } finally {
            apps.database.sql("ALTER TABLE event_store.domain_event_entry "
                              + "DISABLE TRIGGER domain_event_entry_assign_global_index").update();
            apps.database.sql("INSERT INTO event_store.domain_event_entry SELECT * FROM public.set_aside").update();
            apps.database.sql("ALTER TABLE event_store.domain_event_entry "
                              + "ENABLE TRIGGER domain_event_entry_assign_global_index").update();
            apps.database.sql("DROP TABLE public.set_aside").update();
        }
    }
}
