package com.orderdesk.command.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * An online base backup of a running PostgreSQL whose data directory is on this machine, made the way PostgreSQL
 * documents for its low-level API ("Making a Base Backup Using the Low Level API"): {@code pg_backup_start}, a copy of
 * the data directory while the server keeps working, {@code pg_backup_stop}, whose label goes into the copy as
 * {@code backup_label}, then the write-ahead log written meanwhile, which a temporary replication slot keeps from
 * being recycled. Started on the copy, PostgreSQL replays that log from the backup's checkpoint and reaches a
 * consistent state that includes every transaction committed before the backup ended. Files torn by the copy are
 * repaired by the replay ({@code full_page_writes} is on: {@code EmbeddedPostgresServer}).
 */
public final class BaseBackup {

    private static final Logger log = LoggerFactory.getLogger(BaseBackup.class);
    /** What PostgreSQL's documentation says to leave out: recreated at start, or only meaningful while running. */
    private static final Set<String> EMPTY_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
                                                                "pg_serial", "pg_snapshots", "pg_stat_tmp",
                                                                "pg_subtrans");
    private static final Set<String> LEFT_OUT_FILES = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
                                                             "backup_label", "tablespace_map");
    private static final String SLOT = "orderdesk_backup";

    private BaseBackup() {
    }

    /** What a backup copied: where from and to, and the log positions it covers. */
    public record Taken(Path dataDirectory, Path copy, String startLsn, String stopLsn, long files, long bytes) {
    }

    /**
     * Copies the server's data directory into {@code copy} (which must not exist) while the server runs.
     *
     * @param connection a superuser connection to the server; kept open for the whole backup, as the API requires
     */
    public static Taken take(Connection connection, Path copy) throws SQLException, IOException {
        if (Files.exists(copy)) {
            throw new IllegalArgumentException(copy + " exists already; a backup goes into a new directory");
        }
        try (Statement sql = connection.createStatement()) {
            Path dataDirectory = Path.of(text(sql, "SHOW data_directory")).toRealPath();
            // Reserves the log from now on, for this session only: nothing the backup needs is recycled meanwhile.
            sql.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true, true)");
            String start = text(sql, "SELECT pg_backup_start('orderdesk', true)::text");
            Copies copies = new Copies();
            String stop;
            String label;
            try {
                copies.tree(dataDirectory, copy, path -> copied(dataDirectory, path),
                            path -> copied(dataDirectory, path));
                copies.directory(copy.resolve("pg_wal").resolve("archive_status"));
            } finally {
                try (ResultSet stopped = sql.executeQuery(
                        "SELECT lsn::text, labelfile FROM pg_backup_stop(wait_for_archive => false)")) {
                    stopped.next();
                    stop = stopped.getString(1);
                    label = stopped.getString(2);
                }
            }
            Files.writeString(copy.resolve("backup_label"), label, StandardCharsets.UTF_8);
            copyLog(dataDirectory.resolve("pg_wal"), copy.resolve("pg_wal"), copies);
            sql.execute("SELECT pg_drop_replication_slot('" + SLOT + "')");
            Copies.sync(copy);
            log.info("Base backup of {} into {}: {} files, {} bytes, log {} to {}", dataDirectory, copy,
                     copies.files(), copies.bytes(), start, stop);
            return new Taken(dataDirectory, copy, start, stop, copies.files(), copies.bytes());
        }
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    /** What PostgreSQL's documentation says to leave out of the copy. */
    private static boolean copied(Path dataDirectory, Path path) {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return !(path.getParent().equals(dataDirectory) && EMPTY_DIRECTORIES.contains(name));
        }
        return !LEFT_OUT_FILES.contains(name) && !name.startsWith("pgsql_tmp");
    }

    /** The segments written since the backup started (the slot kept them), and any after: replayed to their end. */
    private static void copyLog(Path from, Path to, Copies copies) throws IOException {
        try (var segments = Files.list(from)) {
            for (Path segment : segments.filter(Files::isRegularFile).toList()) {
                copies.file(segment, to.resolve(segment.getFileName().toString()));
            }
        }
    }
}
