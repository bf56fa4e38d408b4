package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./run.sh} as people run it: it supervises the apps (one that dies is started again, the others keep
 * running) and its stop leaves nothing behind — no app, no PostgreSQL.
 */
class RunScriptSystemTest {

    @Test
    void anAppThatDiesIsStartedAgainAndTheStopLeavesNothingRunning(@TempDir Path data) throws Exception {
        Path repository = Path.of("").toAbsolutePath().getParent();
        int commandPort = freePort();
        int queryPort = freePort();
        Path output = data.resolve("run.out");
        ProcessBuilder builder = new ProcessBuilder("bash", "run.sh").directory(repository.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(Map.of(
                "ORDERDESK_DATA_DIR", data.resolve("data").toString(),
                "COMMAND_SIDE_PORT", Integer.toString(commandPort),
                "QUERY_SIDE_PORT", Integer.toString(queryPort),
                "CONSOLE_PORT", Integer.toString(freePort()),
                "ORDERDESK_EMBEDDED_PG_PORT", Integer.toString(freePort())));
        Process script = builder.start();
        List<ProcessHandle> everything = new ArrayList<>();
        try {
            awaitTrue(() -> read(output).contains("OrderDesk is running") || !script.isAlive(),
                      Duration.ofMinutes(4), "run.sh started the system");
            assertThat(script.isAlive()).as(read(output)).isTrue();
            ProcessHandle commandSide = app(script, "command-side-");
            ProcessHandle querySide = app(script, "query-side-");

            querySide.destroyForcibly();
            awaitTrue(() -> ready(queryPort) && !querySide.isAlive(), Duration.ofMinutes(2),
                      "the query side started again");
            assertThat(app(script, "query-side-").pid()).isNotEqualTo(querySide.pid());
            assertThat(commandSide.isAlive()).as("the command side kept running").isTrue();
            assertThat(ready(commandPort)).isTrue();
            assertThat(read(output)).contains("query-side exited");

            script.descendants().forEach(everything::add);
            // PostgreSQL runs outside the apps' process tree (pg_ctl detaches it): found by its pid file.
            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(
                    data.resolve("data/postgres/postmaster.pid")).get(0).strip())).orElseThrow();
            everything.add(postmaster);
            postmaster.descendants().forEach(everything::add);
            script.destroy(); // SIGTERM, as a service manager stops it (Ctrl-C takes the same path)
            assertThat(script.waitFor(90, TimeUnit.SECONDS)).as("run.sh stopped").isTrue();
            awaitTrue(() -> everything.stream().noneMatch(ProcessHandle::isAlive), Duration.ofSeconds(30),
                      "nothing of the system left running");
            assertThat(read(output)).contains("Stopped.");
        } finally {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            everything.forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
            Path pidFile = data.resolve("data/postgres/postmaster.pid");
            if (Files.exists(pidFile)) { // a failure before the stop: PostgreSQL must not outlive the test
                ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                             .ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private static ProcessHandle app(Process script, String jar) {
        return script.descendants().filter(p -> p.info().commandLine().orElse("").contains(jar)).findFirst()
                     .orElseThrow(() -> new AssertionError("no " + jar + " process under run.sh"));
    }

    private static boolean ready(int port) {
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                               .timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration patience, String what) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.get()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            SystemProcesses.sleep(Duration.ofMillis(250));
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
