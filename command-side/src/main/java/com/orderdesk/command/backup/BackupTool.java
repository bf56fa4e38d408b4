package com.orderdesk.command.backup;

import com.orderdesk.command.infra.EmbeddedPostgresProperties;
import com.orderdesk.command.infra.EmbeddedPostgresServer;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;

/**
 * {@code ./run.sh backup [directory]} and {@code ./run.sh restore <directory>} for the embedded default: a base
 * backup of its PostgreSQL ({@link BaseBackup}) with the keys OrderDesk cannot work without, and putting one back
 * into an empty data directory. A backup is made while OrderDesk runs (or, when it does not, on a server started for
 * the backup); it holds everything: the events, the read models, the personal-data keys in the database, the token
 * signing key and the database password, so keep it as secret as the data directory.
 */
public final class BackupTool {

    static final String README = "BACKUP.txt";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                                                    .withZone(ZoneOffset.UTC);

    private BackupTool() {
    }

    public static void main(String[] args) throws Exception {
        // Outside Spring Boot, logback would print every library's debug lines: only warnings, and our summary.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path data = Path.of(System.getenv().getOrDefault("ORDERDESK_DATA_DIR", "./data")).toAbsolutePath().normalize();
        try {
            run(args, data);
        } catch (IllegalArgumentException | IOException | SQLException e) {
            System.err.println("Not done: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args, Path data) throws IOException, SQLException {
        if (args.length >= 1 && args[0].equals("backup") && args.length <= 2) {
            Path destination = args.length == 2 ? Path.of(args[1])
                    : Path.of("backups", "orderdesk-" + STAMP.format(Instant.now()));
            BaseBackup.Taken taken = backup(data, destination.toAbsolutePath().normalize());
            System.out.printf("Backup of %s written to %s (%d files, %d MB).%nRestore it into an empty data "
                              + "directory with: ORDERDESK_DATA_DIR=<directory> ./run.sh restore %s%n",
                              data, taken.copy().getParent(), taken.files(), taken.bytes() / 1_000_000,
                              taken.copy().getParent());
        } else if (args.length == 2 && args[0].equals("restore")) {
            restore(Path.of(args[1]).toAbsolutePath().normalize(), data);
            System.out.printf("Restored %s into %s. Start OrderDesk on it with: ORDERDESK_DATA_DIR=%s ./run.sh%n",
                              args[1], data, data);
        } else {
            System.err.println("Usage: ./run.sh backup [directory]   |   ./run.sh restore <directory>");
            System.exit(2);
        }
    }

    /** Backs up the data directory's server (running or not) and keys into {@code destination}, a new directory. */
    public static BaseBackup.Taken backup(Path data, Path destination) throws IOException, SQLException {
        Path cluster = data.resolve("postgres");
        Path keys = data.resolve("keys");
        Path passwordFile = keys.resolve("postgres-password");
        if (!Files.isRegularFile(cluster.resolve("PG_VERSION")) || !Files.isRegularFile(passwordFile)) {
            throw new IllegalArgumentException("No OrderDesk data in " + data + " (no postgres/ or keys/ there)");
        }
        if (Files.exists(destination)) {
            throw new IllegalArgumentException(destination + " exists already; a backup goes into a new directory");
        }
        new Copies().directory(destination);
        String password = Files.readString(passwordFile).strip();
        OptionalInt running = EmbeddedPostgresServer.runningPort(cluster);
        BaseBackup.Taken taken;
        if (running.isPresent()) {
            try (Connection connection = connect(running.getAsInt(), password)) {
                taken = BaseBackup.take(connection, destination.resolve("postgres"));
            }
        } else {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                    new EmbeddedPostgresProperties(cluster, 0, false, passwordFile));
                 Connection connection = connect(server.port(), password)) {
                taken = BaseBackup.take(connection, destination.resolve("postgres"));
            }
        }
        copyTree(keys, destination.resolve("keys"));
        writeReadme(destination, data, taken);
        Copies.sync(destination); // the database part was flushed by the backup; the keys and the text now
        return taken;
    }

    private static void writeReadme(Path destination, Path data, BaseBackup.Taken taken) throws IOException {
        Files.writeString(destination.resolve(README), """
                OrderDesk backup of %s
                Made at %s, while the database ran; its log covers %s to %s.
                postgres/  the embedded PostgreSQL's base backup (events, read models, personal-data keys)
                keys/      the token signing key and the database password
                Restore into an empty data directory: ORDERDESK_DATA_DIR=<new directory> ./run.sh restore <this directory>
                Keep it as secret as the data directory itself.
                """.formatted(data, Instant.now(), taken.startLsn(), taken.stopLsn()), StandardCharsets.UTF_8);
    }

    /** Puts a backup into {@code data}, which must hold no database and no keys (a new or emptied data directory). */
    public static void restore(Path backup, Path data) throws IOException {
        if (!Files.isRegularFile(backup.resolve("postgres/backup_label")) || !Files.isDirectory(backup.resolve("keys"))) {
            throw new IllegalArgumentException(backup + " is not an OrderDesk backup (no postgres/backup_label, keys/)");
        }
        for (String part : new String[]{"postgres", "keys"}) {
            Path existing = data.resolve(part);
            if (Files.isDirectory(existing)) {
                try (var entries = Files.list(existing)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException(existing + " is not empty: stop OrderDesk and move the "
                                                           + "data directory away, or restore into another one "
                                                           + "(ORDERDESK_DATA_DIR)");
                    }
                }
            }
        }
        Files.createDirectories(data);
        copyTree(backup.resolve("postgres"), data.resolve("postgres"));
        copyTree(backup.resolve("keys"), data.resolve("keys"));
        Copies.sync(data.resolve("postgres"));
        Copies.sync(data.resolve("keys"));
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        new Copies().tree(from, to, directory -> true, file -> true);
    }
}
