package com.orderdesk.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Starts OrderDesk for one benchmark run: the command side (which starts a fresh embedded PostgreSQL in a
 * temporary data directory, unless SPRING_DATASOURCE_URL names an external one), then the query side, each a
 * child process with the 512 MB heap. Stops both and deletes the temporary directory at the end.
 */
public final class SystemUnderTest implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Path repo;
    private final BenchOptions options;
    private final Path dataDir;
    private final int pgPort;
    private final Credentials admin;
    private final List<AppProcess> apps = new ArrayList<>();
    private AppProcess commandSide;
    private AppProcess querySide;
    private int queryPort;
    private Map<String, String> env;

    /** The platform admin created at first start (needed for the rebuild endpoint); random each run. */
    public record Credentials(String username, String mobile, String password) {
    }

    public SystemUnderTest(Path repo, BenchOptions options) throws IOException {
        this.repo = repo;
        this.options = options;
        this.dataDir = Files.createTempDirectory("orderdesk-bench-");
        this.pgPort = freePort();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.admin = new Credentials("benchadmin" + suffix, "+86139" + String.format("%08d", (long) (Math.random() * 1e8)),
                                     "bench admin " + UUID.randomUUID());
        // Ctrl-C or a crash of the harness must not leave the apps and the database running.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public void start() throws IOException, InterruptedException {
        int commandPort = freePort();
        queryPort = freePort();
        env = Map.of(
                "ORDERDESK_DATA_DIR", dataDir.toString(),
                "ORDERDESK_EMBEDDED_PG_PORT", Integer.toString(pgPort),
                "COMMAND_SIDE_PORT", Integer.toString(commandPort),
                "QUERY_SIDE_PORT", Integer.toString(queryPort),
                "ORDERDESK_ADMIN_USERNAME", admin.username(),
                "ORDERDESK_ADMIN_MOBILE", admin.mobile(),
                "ORDERDESK_ADMIN_PASSWORD", admin.password(),
                // A full run outlasts the default one-hour token.
                "ORDERDESK_TOKEN_LIFETIME", "12h");
        commandSide = launch("command-side", commandPort, env, options.commandArgs());
        commandSide.awaitReady(START_TIMEOUT);
        querySide = launch("query-side", queryPort, env, options.queryArgs());
        querySide.awaitReady(START_TIMEOUT);
    }

    private AppProcess launch(String module, int port, Map<String, String> env, List<String> extraArgs)
            throws IOException {
        Path logs = Files.createDirectories(options.output().resolve("logs"));
        Path log = logs.resolve(module + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m"));
        if (options.jfr()) {
            // Spring's request stacks are deeper than JFR's default 64 frames; truncated stacks hide the callers.
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + options.output().resolve(module + ".jfr")
                        + ",settings=profile,dumponexit=true");
        }
        // "-X…", "-D…", "-agentpath:…" are for the JVM (a profiler, a GC setting); "--…" are Spring arguments.
        extraArgs.stream().filter(a -> !a.startsWith("--")).forEach(command::add);
        command.addAll(List.of("-jar", execJar(module).toString(), "--server.port=" + port));
        extraArgs.stream().filter(a -> a.startsWith("--")).forEach(command::add);
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        AppProcess app = new AppProcess(module, builder.start(), port, log);
        apps.add(app);
        return app;
    }

    private Path execJar(String module) throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve(module).resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No exec jar in " + module + "/target; build first"));
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public AppProcess commandSide() {
        return commandSide;
    }

    public AppProcess querySide() {
        return querySide;
    }

    /** Stops the query side and starts it again on the same port, ready when it answers. */
    public void restartQuerySide() throws IOException, InterruptedException {
        stopQuerySide();
        querySide = launch("query-side", queryPort, env, options.queryArgs());
        querySide.awaitReady(START_TIMEOUT);
    }

    /** Stops the query side early, so that it no longer competes for the CPU (figure 6 needs the command side only). */
    public void stopQuerySide() throws InterruptedException {
        querySide.stop();
        apps.remove(querySide);
    }

    public Credentials admin() {
        return admin;
    }

    /** JDBC access for the harness itself: the external database when configured, else the embedded one. */
    public Database database() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), false);
        }
        return new Database("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", embeddedPassword(), true);
    }

    /** The embedded server's password, which the command side generated on its first start. */
    private String embeddedPassword() {
        try {
            return Files.readString(dataDir.resolve("keys/postgres-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The command side has not written the PostgreSQL password yet", e);
        }
    }

    @Override
    public void close() {
        stopQuietly();
        deleteRecursively(dataDir);
    }

    private synchronized void stopQuietly() {
        // Query side first: it reads from the database the command side owns in the embedded default.
        for (int i = apps.size() - 1; i >= 0; i--) {
            try {
                apps.get(i).stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        apps.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
