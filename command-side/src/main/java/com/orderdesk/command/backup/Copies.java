package com.orderdesk.command.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The file copies of a backup and a restore, one way: readable by their owner only (PostgreSQL refuses a data
 * directory others can read, and a backup holds the keys), tolerant of files that vanish while a running server is
 * copied, counted, and flushed to disk ({@link #sync}) before the copy is reported done.
 */
final class Copies {

    private long files;
    private long bytes;

    long files() {
        return files;
    }

    long bytes() {
        return bytes;
    }

    /**
     * Copies the tree {@code from} into {@code to}: directories {@code enter} refuses are created empty, files
     * {@code take} refuses are left out.
     */
    void tree(Path from, Path to, Predicate<Path> enter, Predicate<Path> take) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                directory(to.resolve(from.relativize(directory).toString()));
                return directory.equals(from) || enter.test(directory) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (take.test(file)) {
                    file(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped while the copy ran: the log replay knows
                }
                throw e;
            }
        });
    }

    void directory(Path target) throws IOException {
        Files.createDirectories(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
    }

    /** Copies one file; one removed meanwhile (a dropped table, a recycled log segment) is skipped. */
    void file(Path source, Path target) throws IOException {
        try {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (NoSuchFileException gone) {
            return;
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        files++;
        bytes += Files.size(target);
    }

    /** Every file and directory under {@code root} on disk, as PostgreSQL's own tools do before they report done. */
    static void sync(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        }
    }
}
