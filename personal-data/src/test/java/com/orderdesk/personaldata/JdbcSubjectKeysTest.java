package com.orderdesk.personaldata;

import com.orderdesk.events.account.LoginSucceeded;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The key table on a real PostgreSQL: creation once per subject, destruction for good, expiry by day. */
class JdbcSubjectKeysTest {

    /**
     * The key table is part of the event store's schema, which the command side's migrations create: they are
     * applied as they are (from that module's sources), so this test runs against the very table the apps use.
     */
    private static final Path COMMAND_SIDE_MIGRATIONS =
            Path.of("..", "command-side", "src", "main", "resources", "db", "migration", "command");

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void startDatabase() throws IOException {
        // Durable like every server OrderDesk starts (EmbeddedPostgresServer): zonky's test defaults (-F,
        // synchronous_commit=off) are overridden.
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                                   .setServerConfig("full_page_writes", "on").start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).schemas("event_store", "command_side")
              .defaultSchema("event_store")
              .locations("filesystem:" + COMMAND_SIDE_MIGRATIONS.toAbsolutePath().normalize()).load().migrate();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    private final JdbcSubjectKeys keys = new JdbcSubjectKeys(new DataSourceConnectionProvider(dataSource),
                                                             Clock.systemUTC(), Duration.ofMinutes(1));

    @Test
    void aSubjectGetsOneKeyAndNeverANewOneOnceItWasDestroyed() throws Exception {
        String subject = "account:" + UUID.randomUUID();
        JdbcSubjectKeys otherProcess = new JdbcSubjectKeys(new DataSourceConnectionProvider(dataSource),
                                                           Clock.systemUTC(), Duration.ofMinutes(1));

        assertThat(keys.keyForReading(subject)).isEmpty();
        byte[] key = keys.keyForWriting(subject).orElseThrow().getEncoded();
        assertThat(otherProcess.keyForWriting(subject).orElseThrow().getEncoded()).isEqualTo(key);

        keys.destroy(subject, "ERASURE");

        assertThat(keys.keyForReading(subject)).isEmpty();
        assertThat(keys.keyForWriting(subject)).as("no new key after erasure").isEmpty();
        try (Connection c = dataSource.getConnection();
             ResultSet row = c.createStatement().executeQuery(
                     "SELECT secret, destroyed_at, reason FROM event_store.data_subject_key WHERE subject_id = '"
                     + subject + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBytes(1)).isNull();
            assertThat(row.getTimestamp(2)).isNotNull();
            assertThat(row.getString(3)).isEqualTo("ERASURE");
        }
    }

    @Test
    void aKeyCreatedInATransactionThatRollsBackIsNeverUsedAgain() throws Exception {
        String subject = "customer:" + UUID.randomUUID();
        byte[] rolledBack;
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            JdbcSubjectKeys inTransaction = new JdbcSubjectKeys(() -> uncloseable(transaction), Clock.systemUTC(),
                                                                Duration.ofMinutes(1));
            rolledBack = inTransaction.keyForWriting(subject).orElseThrow().getEncoded();
            assertThat(inTransaction.keyForWriting(subject).orElseThrow().getEncoded()).isEqualTo(rolledBack);
            transaction.rollback();
            assertThat(inTransaction.keyForReading(subject)).as("not cached before the commit").isEmpty();
        }
        byte[] committed = keys.keyForWriting(subject).orElseThrow().getEncoded();
        assertThat(committed).isNotEqualTo(rolledBack);
        assertThat(keys.keyForReading(subject).orElseThrow().getEncoded()).isEqualTo(committed);
    }

    /** The transaction's connection, handed out like a pool would inside a transaction: closing it is a no-op. */
    private static Connection uncloseable(Connection connection) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
    }

    @Test
    void deviceInformationOfDaysBeforeTheRetentionLimitExpiresAndReadsAsExpired() {
        Instant writtenAt = Instant.parse("2020-03-01T12:00:00Z");
        Jackson3Serializer json = Jackson3Serializer.builder().build();
        CryptoShreddingSerializer serializer = new CryptoShreddingSerializer(
                json, new PersonalDataCodec(keys, json.getObjectMapper(), Clock.fixed(writtenAt, ZoneOffset.UTC)));
        String accountId = UUID.randomUUID().toString();
        SerializedObject<byte[]> stored = serializer.serialize(
                new LoginSucceeded(accountId, "203.0.113.9", "Probe", false, false, false), byte[].class);
        keys.keyForWriting("device:2020-03-02");

        assertThat(keys.destroyDeviceKeysBefore(LocalDate.of(2020, 3, 2), "RETENTION"))
                .contains(LocalDate.of(2020, 3, 1)).doesNotContain(LocalDate.of(2020, 3, 2));

        LoginSucceeded read = serializer.deserialize(stored);
        assertThat(read.clientIp()).isEqualTo("[expired]");
        assertThat(read.accountId()).isEqualTo(accountId);
        assertThat(keys.keyForReading("device:2020-03-02")).as("a kept day").isPresent();
    }
}
