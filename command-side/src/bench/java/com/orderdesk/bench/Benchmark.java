package com.orderdesk.bench;

import com.orderdesk.bench.aggregates.AggregateLoad;
import com.orderdesk.bench.ceiling.InsertCeiling;
import com.orderdesk.bench.commands.CommandThroughput;
import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.harness.Http;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.harness.SystemUnderTest;
import com.orderdesk.bench.harness.Projections;
import com.orderdesk.bench.imports.ImportWait;
import com.orderdesk.bench.lag.ProjectionLag;
import com.orderdesk.bench.measure.Latency;
import com.orderdesk.bench.measure.Progress;
import com.orderdesk.bench.memory.MemorySampler;
import com.orderdesk.bench.queries.QueryLatency;
import com.orderdesk.bench.replay.Replay;
import com.orderdesk.bench.report.Machine;
import com.orderdesk.bench.report.MarkdownReport;
import com.orderdesk.bench.report.Results;
import tools.jackson.databind.SerializationFeature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 9's benchmark: starts OrderDesk, measures figures 1–7 over HTTP and JDBC, prints a summary table and
 * writes results.json and results.md. Run it with ./benchmark.sh (which builds and sets the classpath).
 */
public final class Benchmark {

    /** A figure's measurement; a failing one is reported and the run goes on with the next. */
    @FunctionalInterface
    interface Measurement<T> {
        T run() throws Exception;
    }

    private final Map<String, String> errors = new LinkedHashMap<>();
    private BenchOptions options;

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options = BenchOptions.parse(args);
        Files.createDirectories(options.output());
        Results results = new Benchmark().run(options, "./benchmark.sh " + String.join(" ", args));
        String markdown = MarkdownReport.render(results);
        Files.writeString(options.output().resolve("results.md"), markdown);
        Http.JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                 .writeValue(options.output().resolve("results.json").toFile(), results);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written: " + options.output().resolve("results.md") + ", "
                           + options.output().resolve("results.json"));
        System.exit(results.errors().isEmpty() ? 0 : 1);
    }

    private Results run(BenchOptions options, String command) throws Exception {
        this.options = options;
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        String loadAtStart = Machine.loadAverage();
        try (SystemUnderTest system = new SystemUnderTest(Path.of("").toAbsolutePath(), options)) {
            Progress.show("Starting the command side (with a fresh embedded PostgreSQL) and the query side...");
            system.start();
            double startup = (System.nanoTime() - t0) / 1e9;
            Http http = new Http(64);
            Session owner = Session.registerOwner(http, system);
            Session admin = Session.admin(http, system);
            Database database = system.database();

            MemorySampler memory = new MemorySampler(List.of(system.commandSide(), system.querySide()));
            CommandThroughput.Figure commands = attempt("1", () -> new CommandThroughput(owner, database, options,
                    system.commandSide().pid(), system.querySide().pid()).run());
            List<MemorySampler.Peak> peaks = memory.peaks();
            memory.close();
            // Figure 1's last steps paused the query side; it projects what they recorded before anything else is
            // measured (projecting meanwhile would take the ceiling's CPU).
            attempt("1", () -> new Projections(admin).awaitCaughtUp(false, System.nanoTime(), Duration.ofMinutes(10),
                                                                    "Query side catching up after figure 1"));
            InsertCeiling.Figure ceiling = attempt("2", () -> new InsertCeiling(database, options).run());
            ProjectionLag.Figure lag = attempt("3", () -> new ProjectionLag(owner)
                    .run(halfOfReferenceCreateRate(commands, options), options.duration()));
            Replay.Figure replay = attempt("4", () -> new Replay(owner, admin, database, options, system).run());
            QueryLatency.Figure queries = attempt("5", () -> new QueryLatency(owner, database, options).run());
            ImportWait.Figure importWait = attempt("8", () -> new ImportWait(owner, 10_000).run());
            // Figure 6 appends long orders by SQL; projecting them would compete with the commands it times.
            system.stopQuerySide();
            AggregateLoad.Figure aggregates = attempt("6", () -> new AggregateLoad(owner, database, options).run());
            Machine machine = attempt("machine", () -> Machine.describe(database, loadAtStart));
            Progress.done("Done; stopping the apps.");
            return new Results(command, startedAt, (System.nanoTime() - t0) / 1e9, machine, options, startup,
                               commands, ceiling, lag, replay, queries, aggregates, peaks, importWait, errors);
        }
    }

    /** Figure 3 runs at half the create throughput measured at 8 clients (or the level closest to 8). */
    private static double halfOfReferenceCreateRate(CommandThroughput.Figure commands, BenchOptions options) {
        if (commands == null) {
            throw new IllegalStateException("figure 1 failed, so there is no rate to run at");
        }
        return commands.create().stream().filter(l -> l.clients() == options.referenceClients())
                       .mapToDouble(Latency::perSecond).findFirst().orElseThrow() / 2;
    }

    private <T> T attempt(String figure, Measurement<T> measurement) {
        if (!figure.equals("machine") && !options.measures(figure)) {
            return null;
        }
        try {
            return measurement.run();
        } catch (Exception | AssertionError e) {
            Progress.done("Figure " + figure + " failed: " + e);
            errors.put(figure, e.toString());
            return null;
        }
    }
}
