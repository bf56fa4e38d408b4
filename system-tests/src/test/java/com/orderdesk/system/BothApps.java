package com.orderdesk.system;

import com.orderdesk.command.CommandSideApplication;
import com.orderdesk.command.infra.EmbeddedPostgresServer;
import com.orderdesk.console.ConsoleApplication;
import com.orderdesk.query.QuerySideApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Both Spring Boot apps in this JVM as two contexts, on one ephemeral embedded PostgreSQL started by the
 * command side, each on a random free HTTP port, and the console's edge in front of them as a third: the
 * deployment of the run script, minus the processes.
 */
final class BothApps implements AutoCloseable {

    static final String ADMIN_USERNAME = "platform-admin";
    static final String ADMIN_PASSWORD = "correct horse battery staple";

    final ConfigurableApplicationContext commandSide;
    final ConfigurableApplicationContext querySide;
    final ConfigurableApplicationContext console;
    final String commandUrl;
    final String queryUrl;
    final String consoleUrl;
    final JdbcClient database;

    private BothApps(ConfigurableApplicationContext commandSide, ConfigurableApplicationContext querySide,
                     ConfigurableApplicationContext console) {
        this.commandSide = commandSide;
        this.querySide = querySide;
        this.console = console;
        this.commandUrl = "http://localhost:" + port(commandSide);
        this.queryUrl = "http://localhost:" + port(querySide);
        this.consoleUrl = "http://localhost:" + port(console);
        this.database = JdbcClient.create(commandSide.getBean(DataSource.class));
    }

    /** On an ephemeral database, which the command side deletes when it stops. */
    static BothApps start() {
        return start(List.of("--orderdesk.embedded-postgres.ephemeral=true",
                             "--orderdesk.security.signing-key-file="
                             + temporaryFile("token-signing-key", ".jwk.json")));
    }

    /** On the data directory {@code data} ({@code postgres/}, {@code keys/}), kept as {@code ./run.sh} keeps it. */
    static BothApps startOn(Path data) {
        return start(List.of("--orderdesk.embedded-postgres.data-directory=" + data.resolve("postgres"),
                             "--orderdesk.embedded-postgres.password-file=" + data.resolve("keys/postgres-password"),
                             "--orderdesk.security.signing-key-file="
                             + data.resolve("keys/token-signing-key.jwk.json")));
    }

    private static BothApps start(List<String> storage) {
        // Command-line arguments, because they take precedence over each app's yml file.
        List<String> arguments = new ArrayList<>(storage);
        arguments.addAll(List.of(
                "--server.port=0",
                "--orderdesk.embedded-postgres.port=0",
                "--orderdesk.security.login-attempts-per-minute=100000",
                // Erasure right away, and the privacy job every second, so tests see it without waiting.
                "--orderdesk.privacy.erasure-grace-period=PT0S",
                "--orderdesk.privacy.job-interval=PT1S",
                // Lets a test sign in "from" an address of its own (X-Forwarded-For), to find it later.
                "--orderdesk.security.trusted-proxies=127.0.0.1,::1",
                // A snapshot after every 3 events, so the longer orders of every system test load from one.
                "--orderdesk.snapshots.order-threshold=3",
                "--orderdesk.admin.username=" + ADMIN_USERNAME,
                "--orderdesk.admin.mobile=+10000000000",
                "--orderdesk.admin.password=" + ADMIN_PASSWORD));
        ConfigurableApplicationContext command = CommandSideApplication.builder().run(arguments.toArray(String[]::new));
        ConfigurableApplicationContext query = querySide(command);
        return new BothApps(command, query, console("http://localhost:" + port(command),
                                                    "http://localhost:" + port(query)));
    }

    /** A query side on the command side's database: the shared apps' one, or a second instance beside it. */
    static ConfigurableApplicationContext querySide(ConfigurableApplicationContext command) {
        EmbeddedPostgresServer database = command.getBean(EmbeddedPostgresServer.class);
        return QuerySideApplication.builder()
                .run("--server.port=0",
                     "--spring.datasource.url=jdbc:postgresql://localhost:" + database.port() + "/postgres",
                     "--spring.datasource.username=" + database.username(),
                     "--spring.datasource.password=" + database.password(),
                     // Projections see new events only through the append notifications, never a poll in time.
                     "--orderdesk.events.poll-interval=PT10M",
                     // Reminder scans every second, so a test sees a due-soon reminder without waiting a minute.
                     "--orderdesk.notifications.reminder-initial-delay=PT1S",
                     "--orderdesk.notifications.reminder-interval=PT1S",
                     "--orderdesk.security.jwk-set-uri=http://localhost:" + port(command) + "/.well-known/jwks.json");
    }

    /** The console's edge in front of the given command and query side (a test may point one at a closed port). */
    static ConfigurableApplicationContext console(String commandUrl, String queryUrl) {
        return ConsoleApplication.builder().run("--server.port=0",
                                                "--orderdesk.console.command-side-url=" + commandUrl,
                                                "--orderdesk.console.query-side-url=" + queryUrl,
                                                "--spring.autoconfigure.exclude=" + String.join(",", onlyTheAppsUse()));
    }

    /** Packages of auto-configurations only the apps' jars bring: the console's own jar has none of them. */
    private static final List<String> APPS_ONLY = List.of(
            "org.axonframework.", "org.springdoc.", "org.springframework.boot.jdbc.",
            "org.springframework.boot.flyway.", "org.springframework.boot.persistence.",
            "org.springframework.boot.transaction.", "org.springframework.boot.sql.",
            "org.springframework.boot.security.");

    /**
     * In this JVM the edge sees the apps' classes too, so it would configure a database, Axon and Spring Security
     * that its own deployment never has; these auto-configurations are left out for it.
     */
    private static List<String> onlyTheAppsUse() {
        List<String> excluded = new ArrayList<>();
        for (String candidate : ImportCandidates.load(AutoConfiguration.class, BothApps.class.getClassLoader())) {
            if (APPS_ONLY.stream().anyMatch(candidate::startsWith)) {
                excluded.add(candidate);
            }
        }
        return excluded;
    }

    private static Path temporaryFile(String prefix, String suffix) {
        try {
            Path directory = Files.createTempDirectory("orderdesk-test");
            directory.toFile().deleteOnExit();
            return directory.resolve(prefix + suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        console.close();
        querySide.close();
        commandSide.close();
    }
}
