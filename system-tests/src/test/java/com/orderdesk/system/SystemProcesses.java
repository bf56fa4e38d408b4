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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system as {@code ./run.sh} runs it: the command side and the query side as processes of their own (their
 * packaged jars), the embedded PostgreSQL started by the command side outside any JVM, all on one data directory.
 * For the crash tests, which kill them the hard way and start them again on the same data.
 */
final class SystemProcesses implements AutoCloseable {

    static final String ADMIN_USERNAME = "crash-admin";
    static final String ADMIN_PASSWORD = "a long and private admin passphrase";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path data;
    private final Path repository;
    private final int commandPort = freePort();
    private final int queryPort = freePort();
    private final int databasePort = freePort();
    private Process commandSide;
    private Process querySide;
    private int starts;

    SystemProcesses(Path data) {
        this.data = data;
        this.repository = Path.of("").toAbsolutePath().getParent();
    }

    String commandUrl() {
        return "http://localhost:" + commandPort;
    }

    String queryUrl() {
        return "http://localhost:" + queryPort;
    }

    SystemProcesses startCommandSide() {
        commandSide = launch("command-side", commandPort, List.of(
                "--orderdesk.embedded-postgres.port=" + databasePort,
                "--orderdesk.admin.username=" + ADMIN_USERNAME,
                "--orderdesk.admin.mobile=+10000000001",
                "--orderdesk.admin.password=" + ADMIN_PASSWORD,
                "--orderdesk.security.login-attempts-per-minute=100000",
                "--orderdesk.audit.chain-interval=PT1S"));
        awaitReady(commandSide, commandUrl());
        return this;
    }

    SystemProcesses startQuerySide() {
        querySide = launch("query-side", queryPort, List.of(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "--orderdesk.security.jwk-set-uri=" + commandUrl() + "/.well-known/jwks.json"));
        awaitReady(querySide, queryUrl());
        return this;
    }

    /**
     * What a power loss does to the write path: the command side's JVM, the PostgreSQL server and every one of its
     * processes, all at once with SIGKILL (the server does not die with the JVM: it runs outside it).
     */
    void killCommandSideAndDatabase() {
        List<ProcessHandle> doomed = new ArrayList<>();
        doomed.add(commandSide.toHandle());
        postmaster().ifPresent(postmaster -> {
            doomed.add(postmaster);
            postmaster.descendants().forEach(doomed::add);
        });
        doomed.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Unix
        doomed.forEach(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** SIGTERM, as {@code ./run.sh} and service managers stop it: an orderly shutdown. */
    void stopCommandSide() {
        commandSide.destroy();
        waitForExit(commandSide);
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

    void killQuerySide() {
        querySide.destroyForcibly();
        waitForExit(querySide);
    }

    /** A JDBC client on the embedded server, with the password its first start generated. */
    JdbcClient database() {
        PGSimpleDataSource source = new PGSimpleDataSource();
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
        for (Process app : new Process[]{querySide, commandSide}) {
            if (app != null && app.isAlive()) {
                app.destroy();
                waitForExit(app);
            }
        }
        postmaster().ifPresent(postmaster -> {
            postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        });
    }

    private Optional<ProcessHandle> postmaster() {
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
