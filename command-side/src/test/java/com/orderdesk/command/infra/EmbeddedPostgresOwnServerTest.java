package com.orderdesk.command.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

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
                EmbeddedServers.keptIn(data.resolve("other"), 0))) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(
                    EmbeddedServers.keptIn(data.resolve("mine"), other.port())))
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
                EmbeddedServers.keptIn(data.resolve("mine"), 0))) {
            assertThat(servedDirectory(server)).isEqualTo(data.resolve("mine").toRealPath());
        }
    }

    @Test
    void aServerLeftRunningByAKilledRunOfTheSameDataIsStoppedAndItsDataKept(@TempDir Path data) throws Exception {
        Path mine = data.resolve("mine");
        String postgresBinary;
        try (EmbeddedPostgresServer firstRun = EmbeddedPostgresServer.start(
                EmbeddedServers.keptIn(mine, 0));
             Connection connection = EmbeddedServers.connect(firstRun)) {
            connection.createStatement().execute("CREATE TABLE kept AS SELECT 42 AS answer");
            postgresBinary = LeftoverServer.find(mine).orElseThrow().info().command().orElseThrow();
        }
        // What a killed run leaves: its server, still running on the data directory, outside any JVM.
        Process leftover = startOutsideTheJvm(postgresBinary, mine,
                                              Files.readString(EmbeddedServers.keptIn(mine, 0).passwordFile()).strip());

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(EmbeddedServers.keptIn(mine, 0));
             Connection connection = EmbeddedServers.connect(next);
             ResultSet kept = connection.createStatement().executeQuery("SELECT answer FROM kept")) {
            assertThat(leftover.isAlive()).as("the left-over server was stopped").isFalse();
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).isEqualTo(42);
        } finally {
            leftover.destroyForcibly();
        }
    }

    /** Starts PostgreSQL on the directory as its own process, as zonky does (as root inside a user namespace). */
    private static Process startOutsideTheJvm(String postgresBinary, Path dataDirectory, String password)
            throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        command.addAll(List.of(postgresBinary, "-D", dataDirectory.toString(), "-p", Integer.toString(port),
                               "-c", "listen_addresses=127.0.0.1"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                                                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (LeftoverServer.find(dataDirectory).isEmpty() || !ready(port, password)) {
            assertThat(Instant.now()).as("the left-over server started").isBefore(deadline);
            assertThat(server.isAlive()).as("the left-over server runs").isTrue();
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return server;
    }

    private static boolean ready(int port, String password) {
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                                                              "postgres", password)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Path servedDirectory(EmbeddedPostgresServer server) throws Exception {
        try (Connection connection = EmbeddedServers.connect(server);
             ResultSet rs = connection.createStatement().executeQuery("SHOW data_directory")) {
            rs.next();
            return Path.of(rs.getString(1)).toRealPath();
        }
    }
}
