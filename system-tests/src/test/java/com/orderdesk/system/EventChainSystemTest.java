package com.orderdesk.system;

import com.orderdesk.command.audit.EventChain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence on real PostgreSQL: alter, delete or cut off stored event rows directly in the database and the
 * verification finds the first break at exactly that position. Each test puts the rows back afterwards.
 */
class EventChainSystemTest extends SystemTest {

    private static Accounts.Member owner;
    private static String auditorToken;

    /** One workspace for the class (its tests only add orders): a new owner and auditor cost four Argon2id runs. */
    @BeforeAll
    static void aWorkspaceWithAnAuditor() {
        owner = accounts.newOwner();
        auditorToken = accounts.newMember(owner, "AUDITOR").token();
    }

    @BeforeEach
    void someChainedEvents() {
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

    @Test
    void anExportSignedWithAnotherKeyIsRefusedWhateverKeyItBrings() throws Exception {
        String export = Http.get(apps.commandUrl + "/api/audit/chain/export", auditorToken).body();
        String manifest = export.substring(export.lastIndexOf("M "));
        String[] m = manifest.strip().split(" ");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair forger = generator.generateKeyPair();
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(forger.getPrivate());
        rsa.update(("orderdesk-event-chain-checkpoint/1|" + m[2] + "|" + m[1] + "|" + m[3] + "|" + m[4])
                           .getBytes(StandardCharsets.UTF_8));
        RSAPublicKey forgedKey = (RSAPublicKey) forger.getPublic();
        m[6] = Base64.getEncoder().encodeToString(rsa.sign());
        m[7] = Base64.getUrlEncoder().withoutPadding().encodeToString(forgedKey.getModulus().toByteArray());
        m[8] = Base64.getUrlEncoder().withoutPadding().encodeToString(forgedKey.getPublicExponent().toByteArray());
        Path file = Files.createTempFile("event-chain", ".txt");
        Files.writeString(file, export.substring(0, export.lastIndexOf("M ")) + String.join(" ", m) + "\n");

        assertThat(verifyOffline(file)).contains("does not verify with the published key");
    }

    @Test
    void aLaterExportOrVerificationMustStillRunThroughAnEarlierHead() throws Exception {
        String[] manifest = manifestOf(Http.get(apps.commandUrl + "/api/audit/chain/export", auditorToken).body());
        String anchor = manifest[2] + ":" + manifest[3];
        Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("LATER-" + Accounts.unique()), owner.token());
        apps.commandSide.getBean(EventChain.class).extend();
        Path later = Files.createTempFile("event-chain", ".txt");
        Files.writeString(later, Http.get(apps.commandUrl + "/api/audit/chain/export", auditorToken).body());

        assertThat(verifyOffline(later, "--expect", anchor)).startsWith("INTACT");
        assertThat(verifyOffline(later, "--expect", manifest[2] + ":" + "ab".repeat(32)))
                .contains("history rewritten");
        JsonNode online = Http.get(apps.commandUrl + "/api/audit/chain/verification?expectPosition=" + manifest[2]
                                   + "&expectHead=" + "ab".repeat(32), auditorToken).json();
        assertThat(online.get("intact").asBoolean()).isFalse();
        assertThat(online.get("firstBreak").get("problem").asString()).contains("history rewritten");
        assertThat(Http.get(apps.commandUrl + "/api/audit/chain/verification?expectPosition=" + manifest[2]
                            + "&expectHead=" + manifest[3], auditorToken).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void theChainIsNotExtendedOverAHeadThatNoLongerMatchesItsSignature() {
        EventChain chain = apps.commandSide.getBean(EventChain.class);
        apps.database.sql("""
                          CREATE TABLE public.newest_checkpoint AS SELECT * FROM command_side.event_chain_checkpoint
                          WHERE checkpoint_id = (SELECT max(checkpoint_id) FROM command_side.event_chain_checkpoint)""")
                     .update();
        apps.database.sql("""
                          DELETE FROM command_side.event_chain_checkpoint
                          WHERE checkpoint_id = (SELECT checkpoint_id FROM public.newest_checkpoint)""").update();
        try {
            Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("HELD-" + Accounts.unique()), owner.token());
            assertThat(chain.extend()).as("refuses to sign on top of unsigned links").isZero();
        } finally {
            apps.database.sql("INSERT INTO command_side.event_chain_checkpoint SELECT * FROM public.newest_checkpoint")
                         .update();
            apps.database.sql("DROP TABLE public.newest_checkpoint").update();
        }
        chain.extend(); // the scheduled extension may have got there first: either way the held event is chained
        JsonNode report = verification();
        assertThat(report.get("intact").asBoolean()).isTrue();
        assertThat(report.get("pending").asLong()).isZero();
    }

    private static String[] manifestOf(String export) {
        return export.substring(export.lastIndexOf("M ")).strip().split(" ");
    }

    /**
     * Runs the documented offline check, {@code java tools/VerifyChainExport.java --jwks jwks.json <file>}, as a
     * separate JVM, with the key set the service publishes.
     */
    private static String verifyOffline(Path file, String... options) throws Exception {
        Path tool = Path.of("..", "tools", "VerifyChainExport.java").toAbsolutePath().normalize();
        Path jwks = Files.createTempFile("jwks", ".json");
        Files.writeString(jwks, Http.get(apps.commandUrl + "/.well-known/jwks.json").body());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), tool.toString(),
                "--jwks", jwks.toString()));
        command.addAll(List.of(options));
        command.add(file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
