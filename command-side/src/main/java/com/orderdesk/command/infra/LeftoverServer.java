package com.orderdesk.command.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server left running on the embedded default's data directory by an earlier run that was killed
 * (the server runs in its own process group and outlives a SIGKILLed JVM). It is recognised by the directory's
 * {@code postmaster.pid} — a live postgres process serving this very directory — and shut down the fast way
 * (SIGINT: open transactions roll back, everything committed stays, as after any clean stop) before the new run
 * starts its own server. A stale file of a process that is gone is left to PostgreSQL, which handles it itself.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> leftover = find(dataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        long pid = leftover.get().pid();
        log.warn("A PostgreSQL server left running by an earlier run (pid {}) still serves {}: stopping it", pid,
                 dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            leftover.get().onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL left running on " + dataDirectory, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The PostgreSQL left running on " + dataDirectory + " (pid " + pid + ") did not stop"
                                  + " within " + SHUTDOWN_WAIT.toSeconds() + " s; stop it and start again", e);
        }
    }

    /** The live postgres process that {@code postmaster.pid} names, if it serves this directory. */
    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        Path served = Path.of(lines.get(1).strip());
        if (!Files.isDirectory(served) || !Files.isSameFile(served, dataDirectory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                            .filter(ProcessHandle::isAlive)
                            .filter(process -> process.info().command().map(c -> c.endsWith("postgres"))
                                                      .orElse(false));
    }
}
