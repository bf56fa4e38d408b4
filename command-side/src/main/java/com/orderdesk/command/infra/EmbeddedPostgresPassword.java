package com.orderdesk.command.infra;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL's superuser password. Generated on first start into a file only its owner can read
 * ({@code data/keys/postgres-password}); every connection, over TCP or the local socket, must present it (SCRAM).
 * The password is given to the cluster by PostgreSQL's single-user mode before the server listens, so there is no
 * moment when it accepts connections without one — also for a cluster created by an earlier version, which accepted
 * any local connection ("trust"). Changing the file and restarting changes the password.
 */
final class EmbeddedPostgresPassword {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresPassword.class);
    /** In the data directory: a salted hash of the password the cluster was last given (never the password). */
    private static final String GIVEN = "orderdesk-password.sha256";
    private static final String HBA = """
            # Written by OrderDesk at every start: every connection presents the superuser's password
            # (data/keys/postgres-password), over TCP on localhost or the local socket.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private EmbeddedPostgresPassword() {
    }

    /** The password in the file, or a new one written there (owner-only) when there is none. */
    static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String password = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!password.matches("[A-Za-z0-9_-]{16,200}")) {
                    throw new IllegalStateException("The PostgreSQL password in " + file + " must be 16 to 200 "
                                                    + "letters, digits, '-' or '_'");
                }
                return password;
            }
            String password = generate();
            Path keys = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(keys)) {
                Files.createDirectories(keys);
                restrictToOwner(keys, "rwx------");
            }
            Files.createFile(file);
            restrictToOwner(file, "rw-------"); // before anything is written into it
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            log.info("Generated the embedded PostgreSQL's password in {}", file);
            return password;
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(file); // another process of this data directory wrote it meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the PostgreSQL password file " + file, e);
        }
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict permissions of {}; protect it by other means", path);
        }
    }

    /** A password for a server that lives as long as this JVM (the tests' ephemeral servers). */
    static String generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * Prepares the data directory before each start: password authentication for every connection, and the
     * password given to the cluster unless it already has this one.
     */
    static void apply(File dataDirectory, String password, File postgresProgram) {
        try {
            Path directory = dataDirectory.toPath();
            Files.writeString(directory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            Path given = directory.resolve(GIVEN);
            if (Files.exists(given)) {
                String[] saltAndHash = Files.readString(given).strip().split(":", 2);
                if (saltAndHash.length == 2 && sha256(saltAndHash[0] + password).equals(saltAndHash[1])) {
                    return;
                }
            }
            setInSingleUserMode(directory, password, postgresProgram);
            String salt = generate();
            Files.writeString(given, salt + ":" + sha256(salt + password) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set the embedded PostgreSQL's password", e);
        }
    }

    /** PostgreSQL's single-user mode: no server, no connection; the statement goes in on stdin, never argv. */
    private static void setInSingleUserMode(Path dataDirectory, String password, File postgresProgram)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library runs it: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(postgresProgram.getPath(), "--single", "-D", dataDirectory.toString(), "postgres"));
        Process single = new ProcessBuilder(command).redirectErrorStream(true)
                                                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = single.getOutputStream()) {
            in.write(("ALTER ROLE postgres PASSWORD '" + password + "';\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!single.waitFor(60, TimeUnit.SECONDS)) {
                single.destroyForcibly();
                throw new IOException("PostgreSQL's single-user mode did not finish within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting the password", e);
        }
        if (single.exitValue() != 0) {
            throw new IOException("PostgreSQL's single-user mode failed (exit " + single.exitValue() + ")");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
