package com.orderdesk.command.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A real PostgreSQL server run from the zonky binaries on localhost: the system's embedded default. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** How long the JVM's shutdown waits for the app to stop the server itself, after its requests are answered. */
    private static final Duration APP_SHUTDOWN_WAIT = Duration.ofSeconds(45);

    private final EmbeddedPostgres postgres;
    private final String password;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The library's own "closed" flag (null if it has none any more): see {@link #stopAfterTheApp}. */
    private final AtomicBoolean libraryClosed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
        this.libraryClosed = libraryClosedFlag(postgres);
    }

    /** Starts the server, creating the cluster on first use and reusing its files afterwards. */
    public static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Event-store workloads are many small transactions; defaults sized for a laptop.
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // Only this machine reaches it, and only with the password.
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256");
            durable(builder);
            Path dataDirectory = properties.ephemeral() ? Files.createTempDirectory("orderdesk-postgres-")
                    : Files.createDirectories(properties.dataDirectory().toAbsolutePath().normalize());
            String password = properties.ephemeral() ? EmbeddedPostgresPassword.generate()
                    : EmbeddedPostgresPassword.loadOrCreate(properties.passwordFile());
            builder.setPgBinaryResolver(EmbeddedPostgresBinaries.INSTANCE)
                   .setOverrideWorkingDirectory(EmbeddedPostgresBinaries.workingDirectory())
                   .setDataDirectoryCustomizer(directory -> EmbeddedPostgresPassword.apply(
                           directory, password, EmbeddedPostgresBinaries.INSTANCE.program("postgres")))
                   .setConnectConfig("password", password);
            LeftoverServer.stopIfRunning(dataDirectory);
            builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(properties.ephemeral());
            if (properties.port() != 0) {
                requireFreePort(properties.port(), dataDirectory);
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            requireOwnServer(postgres, dataDirectory);
            requireDurable(postgres);
            log.info("Embedded PostgreSQL listening on localhost:{}{}", postgres.getPort(),
                     properties.ephemeral() ? " (ephemeral)" : " with data in " + properties.dataDirectory());
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
            server.stopAfterTheApp();
            LeftoverServer.find(dataDirectory).ifPresent(EmbeddedPostgresServer::stopWhenTheJvmDies);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * An acknowledged command must survive a crash of the server or of the machine, in every mode (the tests run
     * what users run): the library starts PostgreSQL with {@code -F} (no fsync) and {@code synchronous_commit=off};
     * the {@code -c} settings given here come after {@code -F} on the server's command line and win.
     */
    private static void durable(EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("fsync", "on")
               .setServerConfig("synchronous_commit", "on")
               .setServerConfig("full_page_writes", "on");
    }

    /**
     * The server answering on the port must be the one of this data directory. When the port is taken (a second
     * OrderDesk with other data, a server left running by a killed run), the library's server fails to bind, yet
     * its start-up check connects to whoever answers there: without this, OrderDesk would write into that other
     * server's database.
     */
    private static void requireOwnServer(EmbeddedPostgres postgres, Path dataDirectory) throws IOException {
        Path served;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet directory = connection.createStatement().executeQuery("SHOW data_directory")) {
            directory.next();
            served = Path.of(directory.getString(1)).toRealPath();
        } catch (SQLException e) {
            closeQuietly(postgres);
            throw new IllegalStateException("The embedded PostgreSQL could not start on port " + postgres.getPort()
                                            + ": whoever answers there refused this data directory's password ("
                                            + e.getMessage() + "). Stop that server, or set "
                                            + "orderdesk.embedded-postgres.port to a free port.", e);
        }
        if (!served.equals(dataDirectory.toRealPath())) {
            closeQuietly(postgres);
            throw new IllegalStateException("The embedded PostgreSQL could not start on port " + postgres.getPort()
                                            + ": another PostgreSQL serves that port (its data in " + served
                                            + "), not the one of " + dataDirectory + ". Stop that server, or set "
                                            + "orderdesk.embedded-postgres.port to a free port.");
        }
    }

    /**
     * Fails fast on a port someone already listens on: the library would otherwise wait a minute for its own server,
     * which could not bind, while asking whoever answers there for this directory's password. The check after the
     * start ({@link #requireOwnServer}) stays the guard against a port taken in between.
     */
    private static void requireFreePort(int port, Path dataDirectory) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL cannot start on port " + port + ": another "
                                            + "PostgreSQL or another program listens there, and " + dataDirectory
                                            + " must be served by its own server. Stop that program, or set "
                                            + "orderdesk.embedded-postgres.port to a free port.");
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // Its server never ran: pg_ctl has nothing to stop.
            log.debug("The embedded PostgreSQL that did not start could not be stopped: {}", e.getMessage());
        }
    }

    /** Checked, not assumed: should the library's command line ever change, the app refuses to start. */
    private static void requireDurable(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet settings = connection.createStatement().executeQuery(
                     "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', "
                     + "'full_page_writes') AND setting <> 'on'")) {
            if (settings.next()) {
                postgres.close();
                throw new IllegalStateException("The embedded PostgreSQL started with " + settings.getString(1) + "="
                                                + settings.getString(2) + "; acknowledged commands would not be "
                                                + "durable, so OrderDesk does not start");
            }
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("Could not read the embedded PostgreSQL's durability settings", e);
        }
    }

    /**
     * The port of a server running now on the data directory (OrderDesk's own, or one left by a killed run), read
     * from its {@code postmaster.pid}; empty when none runs there.
     */
    public static OptionalInt runningPort(Path dataDirectory) throws IOException {
        if (LeftoverServer.find(dataDirectory).isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return lines.size() > 3 && lines.get(3).strip().matches("\\d{1,5}")
                ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
    }

    public int port() {
        return postgres.getPort();
    }

    /** The URL names the user; connections also need {@link #password()}. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return password;
    }

    /**
     * The server outlives the app's requests at shutdown. The library stops it from a JVM shutdown hook of its own,
     * which runs at the same time as Spring's: on SIGTERM the database went away while requests in flight were
     * still being answered (a 500, and a misleading "Cannot reuse aggregate identifier" in the log). Its hook is
     * disarmed (through the library's own "closed" flag) and replaced by one that waits until the app has stopped
     * the server in its orderly shutdown ({@link #close()}, after Tomcat has drained), and stops it itself only if
     * nothing did within {@link #APP_SHUTDOWN_WAIT} — so the server never outlives a JVM that exits.
     */
    private void stopAfterTheApp() {
        if (libraryClosed == null) {
            return; // the library's hook stays: the server still never outlives the JVM
        }
        libraryClosed.set(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!stopped.await(APP_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    close();
                }
            } catch (InterruptedException e) {
                close();
            }
        }, "embedded-postgres-stopper"));
    }

    /**
     * PostgreSQL runs outside the JVM (pg_ctl detaches it), so a JVM killed with SIGKILL would leave it running
     * until the next start on the data directory. A small shell outside the JVM watches it and stops the server the
     * fast way (SIGINT: committed data kept) once the JVM is gone; it ends by itself when the server stops first, as
     * it does in an orderly shutdown. Linux only (it reads /proc to never signal a process that reused the pid).
     */
    private static void stopWhenTheJvmDies(ProcessHandle postmaster) {
        long jvm = ProcessHandle.current().pid();
        long server = postmaster.pid();
        String watch = "while kill -0 " + jvm + " 2>/dev/null && kill -0 " + server + " 2>/dev/null; do sleep 1; done;"
                       + " if grep -q postgres /proc/" + server + "/cmdline 2>/dev/null; then kill -INT " + server
                       + "; fi";
        try {
            new ProcessBuilder("sh", "-c", watch).redirectErrorStream(true)
                                                 .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            log.warn("Could not watch for this JVM's death ({}); a killed run leaves its PostgreSQL to the next start",
                     e.getMessage());
        }
    }

    private static AtomicBoolean libraryClosedFlag(EmbeddedPostgres postgres) {
        try {
            Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            return (AtomicBoolean) closed.get(postgres);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("The embedded PostgreSQL library changed; it stops the server at JVM exit by itself ({})",
                     e.toString());
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        if (libraryClosed != null) {
            libraryClosed.set(false); // so that the library's close() stops the server, releases its lock, cleans up
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            stopped.countDown();
        }
    }
}
