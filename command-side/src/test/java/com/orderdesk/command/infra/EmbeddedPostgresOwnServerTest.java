package com.orderdesk.command.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default starts only on the server of its own data directory: when its port is taken by another
 * PostgreSQL (a second OrderDesk with other data, a server left by a killed run), it refuses to start instead of
 * writing into that server's database.
 */
class EmbeddedPostgresOwnServerTest {

    @Test
    void aTakenPortIsAClearStartUpErrorNeverAnotherServersDatabase(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer other = EmbeddedPostgresServer.start(
                new EmbeddedPostgresProperties(data.resolve("other"), 0, false))) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(
                    new EmbeddedPostgresProperties(data.resolve("mine"), other.port(), false)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + other.port())
                    .hasMessageContaining("another PostgreSQL");

            assertThat(servedDirectory(other)).as("the other server still runs, untouched")
                                              .isEqualTo(data.resolve("other").toRealPath());
        }
    }

    @Test
    void itsOwnServerStartsAndServesItsDirectory(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedPostgresProperties(data.resolve("mine"), 0, false))) {
            assertThat(servedDirectory(server)).isEqualTo(data.resolve("mine").toRealPath());
        }
    }

    private static Path servedDirectory(EmbeddedPostgresServer server) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             ResultSet rs = connection.createStatement().executeQuery("SHOW data_directory")) {
            rs.next();
            return Path.of(rs.getString(1)).toRealPath();
        }
    }
}
