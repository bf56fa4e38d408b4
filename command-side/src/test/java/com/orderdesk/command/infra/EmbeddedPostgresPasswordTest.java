package com.orderdesk.command.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL is the system's database of record: only this machine reaches it, and only with the
 * password generated on first start into an owner-only file — also a cluster created when it accepted any local
 * connection.
 */
class EmbeddedPostgresPasswordTest {

    @Test
    void onlyAConnectionWithTheGeneratedPasswordGetsIn(@TempDir Path data) throws Exception {
        EmbeddedPostgresProperties settings = EmbeddedServers.keptIn(data.resolve("postgres"), 0);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings)) {
            assertThat(Files.readString(settings.passwordFile()).strip()).isEqualTo(server.password()).hasSize(43);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.passwordFile())))
                    .isEqualTo("rw-------");

            assertRefused(server, null);
            assertRefused(server, "not-the-password");
            try (Connection connection = EmbeddedServers.connect(server);
                 ResultSet listen = connection.createStatement().executeQuery("SHOW listen_addresses")) {
                listen.next();
                assertThat(listen.getString(1)).isEqualTo("localhost");
            }
        }
    }

    @Test
    void aClusterThatAcceptedAnyLocalConnectionGetsAPasswordBeforeItListens(@TempDir Path data) throws Exception {
        Path cluster = data.resolve("postgres");
        EmbeddedPostgresProperties settings = EmbeddedServers.keptIn(cluster, 0);
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings);
             Connection connection = EmbeddedServers.connect(first)) {
            connection.createStatement().execute("CREATE TABLE kept AS SELECT 42 AS answer");
        }
        // What a cluster of an earlier version looks like: "trust" for every local connection, no password file.
        Files.writeString(cluster.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n"
                                                          + "host all all ::1/128 trust\n");
        Files.delete(cluster.resolve("orderdesk-password.sha256"));
        Files.delete(settings.passwordFile());

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(settings);
             Connection connection = EmbeddedServers.connect(next);
             ResultSet kept = connection.createStatement().executeQuery("SELECT answer FROM kept")) {
            assertRefused(next, null);
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).as("the data stays").isEqualTo(42);
            assertThat(Files.readString(settings.passwordFile()).strip()).isEqualTo(next.password());
        }
    }

    @Test
    void aNewPasswordInTheFileTakesEffectAtTheNextStart(@TempDir Path data) throws Exception {
        EmbeddedPostgresProperties settings = EmbeddedServers.keptIn(data.resolve("postgres"), 0);
        String old;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings)) {
            old = first.password();
        }
        Files.writeString(settings.passwordFile(), "a-new-password-of-the-operator\n");

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(settings)) {
            assertThat(next.password()).isEqualTo("a-new-password-of-the-operator");
            assertRefused(next, old);
            try (Connection ignored = EmbeddedServers.connect(next)) {
                assertThat(ignored.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void anEphemeralServerHasAPasswordToo() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.ephemeral())) {
            assertRefused(server, null);
            try (Connection ignored = EmbeddedServers.connect(server)) {
                assertThat(ignored.isValid(1)).isTrue();
            }
        }
    }

    private static void assertRefused(EmbeddedPostgresServer server, String password) {
        assertThatThrownBy(() -> {
            try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(), server.username(), password)) {
                ignored.isValid(1);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("password");
    }
}
