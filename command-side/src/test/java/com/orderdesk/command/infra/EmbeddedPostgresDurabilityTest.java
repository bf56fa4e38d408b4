package com.orderdesk.command.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server keeps acknowledged commits across a crash, whether it keeps its data or is ephemeral. */
class EmbeddedPostgresDurabilityTest {

    private static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on",
                                                              "full_page_writes", "on");

    @Test
    void aServerWithADataDirectoryFlushesEveryCommit(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                EmbeddedServers.keptIn(data.resolve("postgres"), 0))) {
            assertThat(durabilitySettings(server)).isEqualTo(DURABLE);
        }
    }

    @Test
    void anEphemeralServerIsDurableToo() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                EmbeddedServers.ephemeral())) {
            assertThat(durabilitySettings(server)).isEqualTo(DURABLE);
        }
    }

    private static Map<String, String> durabilitySettings(EmbeddedPostgresServer server) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = EmbeddedServers.connect(server);
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', "
                     + "'full_page_writes')")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        return settings;
    }
}
