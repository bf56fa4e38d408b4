package com.orderdesk.system;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system as {@code ./run.sh} runs it: the command side and the query side as processes of their own (their
 * packaged jars), on one data directory. By default the embedded PostgreSQL is started by the command side,
 * outside any JVM; with an {@link ExternalDatabase}, two instances of each side can run against it. For the crash
 * and scale-out tests, which kill them the hard way and start them again.
 */
final class SystemProcesses implements AutoCloseable {

    static final String ADMIN_USERNAME = "crash-admin";
    static final String ADMIN_PASSWORD = "a long and private admin passphrase";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final int SLOTS = 2;

    /** A PostgreSQL the apps share instead of the embedded one (SPRING_DATASOURCE_URL and friends). */
    record ExternalDatabase(String url, String username, String password) {
    }

    private final Path data;
    private final ExternalDatabase external;
    private final Path repository;
    private final int[] commandPorts = {freePort(), freePort()};
    private final int[] queryPorts = {freePort(), freePort()};
    private final int databasePort = freePort();
    private final Process[] commandSides = new Process[SLOTS];
    private final Process[] querySides = new Process[SLOTS];
    private int starts;

    SystemProcesses(Path data) {
        this(data, null);
    }

    SystemProcesses(Path data, ExternalDatabase external) {
        this.data = data;
        this.external = external;
        this.repository = Path.of("").toAbsolutePath().getParent();
    }

    String commandUrl() {
        return commandUrl(0);
    }

    String commandUrl(int instance) {
        return "http://localhost:" + commandPorts[instance];
    }

    String queryUrl() {
        return queryUrl(0);
    }

    String queryUrl(int instance) {
        return "http://localhost:" + queryPorts[instance];
    }

    SystemProcesses startCommandSide() {
        return startCommandSide(0);
    }

    SystemProcesses startCommandSide(int instance) {
        List<String> arguments = new ArrayList<>(List.of(
                "--orderdesk.admin.username=" + ADMIN_USERNAME,
                "--orderdesk.admin.mobile=+10000000001",
                "--orderdesk.admin.password=" + ADMIN_PASSWORD,
                "--orderdesk.security.login-attempts-per-minute=100000",
                "--orderdesk.audit.chain-interval=PT1S"));
        if (external == null) {
            arguments.add("--orderdesk.embedded-postgres.port=" + databasePort);
        }
        commandSides[instance] = launch("command-side", commandPorts[instance], arguments);
        awaitReady(commandSides[instance], commandUrl(instance));
        return this;
    }

    SystemProcesses startQuerySide() {
        return startQuerySide(0);
    }

    SystemProcesses startQuerySide(int instance) {
        String url = external == null ? "jdbc:postgresql://localhost:" + databasePort + "/postgres" : external.url();
        querySides[instance] = launch("query-side", queryPorts[instance], List.of(
                "--spring.datasource.url=" + url,
                "--orderdesk.security.jwk-set-uri=" + commandUrl() + "/.well-known/jwks.json"));
        awaitReady(querySides[instance], queryUrl(instance));
        return this;
    }

    /**
     * What a power loss does to the write path: the command side's JVM, the PostgreSQL server and every one of its
     * processes, all at once with SIGKILL (the server does not die with the JVM: it runs outside it).
     */
    void killCommandSideAndDatabase() {
        List<ProcessHandle> doomed = new ArrayList<>();
        doomed.add(commandSides[0].toHandle());
        postmaster().ifPresent(postmaster -> {
            doomed.add(postmaster);
            postmaster.descendants().forEach(doomed::add);
        });
        doomed.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Unix
        doomed.forEach(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** SIGKILL of one command-side instance's JVM (its database, external, goes on). */
    void killCommandSide(int instance) {
        commandSides[instance].destroyForcibly();
        waitForExit(commandSides[instance]);
    }

    /** SIGTERM, as {@code ./run.sh} and service managers stop it: an orderly shutdown. */
    void stopCommandSide() {
        commandSides[0].destroy();
        waitForExit(commandSides[0]);
    }

    void killQuerySide() {
        killQuerySide(0);
    }

    void killQuerySide(int instance) {
        querySides[instance].destroyForcibly();
        waitForExit(querySides[instance]);
    }

    /** Everything the module's processes wrote, over all their starts. */
    String logs(String module) {
        try (Stream<Path> files = Files.list(data.resolve("logs"))) {
            StringBuilder all = new StringBuilder();
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith(module + "-")).toList()) {
                all.append(Files.readString(log));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC client on the database, with the password its first start generated (or the external one's). */
    JdbcClient database() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        if (external != null) {
            source.setUrl(external.url());
            source.setUser(external.username());
            source.setPassword(external.password());
            return JdbcClient.create(source);
        }
        source.setUrl("jdbc:postgresql://localhost:" + databasePort + "/postgres");
        source.setUser("postgres");
        try {
            source.setPassword(Files.readString(data.resolve("keys/postgres-password")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JdbcClient.create(source);
    }

    @Override
    public void close() {
        // Query sides first: they read from the database the command side may own.
        List<Process> apps = Stream.concat(Arrays.stream(querySides), Arrays.stream(commandSides))
                                   .filter(Objects::nonNull).toList();
        for (Process app : apps) {
            if (app.isAlive()) {
                app.destroy();
                waitForExit(app);
            }
        }
        postmaster().ifPresent(postmaster -> {
            postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        });
    }

    /** The embedded PostgreSQL's server process, while it runs. */
    Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = data.resolve("postgres/postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                                .filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process launch(String module, int port, List<String> arguments) {
        try {
            Path logs = Files.createDirectories(data.resolve("logs"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                    "-jar", execJar(module).toString(), "--server.port=" + port));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            logs.resolve(module + "-" + (++starts) + ".log").toFile()));
            builder.environment().put("ORDERDESK_DATA_DIR", data.toString());
            if (external != null) {
                builder.environment().put("SPRING_DATASOURCE_URL", external.url());
                builder.environment().put("SPRING_DATASOURCE_USERNAME", external.username());
                builder.environment().put("SPRING_DATASOURCE_PASSWORD", external.password());
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private Path execJar(String module) throws IOException {
        try (Stream<Path> files = Files.list(repository.resolve(module).resolve("target"))) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No " + module + " jar in " + module + "/target: the reactor packages it before these tests"));
        }
    }

    private void awaitReady(Process app, String url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                                       .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException(url + " exited during start-up; see " + data.resolve("logs"));
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep asking
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(url + " was not ready within " + START_TIMEOUT.toSeconds() + " s");
    }

    private static void waitForExit(Process app) {
        try {
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many {@code OrderRecorded} events each of these orders has in the event store (absent: none). */
    static Map<String, Long> orderRecordings(JdbcClient database, Collection<String> orderIds) {
        Map<String, Long> recorded = new HashMap<>();
        database.sql("""
                     SELECT aggregate_identifier, count(*) FROM event_store.domain_event_entry
                     WHERE payload_type = 'com.orderdesk.events.order.OrderRecorded'
                       AND aggregate_identifier = ANY(?) GROUP BY aggregate_identifier""")
                .param(orderIds.toArray(String[]::new))
                .query(rs -> {
                    recorded.put(rs.getString(1), rs.getLong(2));
                });
        return recorded;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
