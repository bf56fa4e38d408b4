package com.orderdesk.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What to run: concurrency levels, step duration, data sizes, where results go and extra arguments for the
 * apps. {@code --quick} only changes the defaults; explicit options still win.
 */
public record BenchOptions(boolean quick, List<Integer> clients, Duration duration, long events, long orders,
                           long tasks, int aggregateEvents, int loadAggregates, Path output, boolean jfr,
                           List<String> commandArgs, List<String> queryArgs, Duration warmup, Set<String> figures) {

    public static final String USAGE = """
            Usage: ./benchmark.sh [--quick] [options]
              --clients=1,8,32        concurrent HTTP clients of figure 1 (and JDBC threads of figure 2)
              --duration=20s          length of each measured step (quick: 4s)
              --warmup=60s            unmeasured commands before figure 1, per command kind (quick: 6s)
              --figures=1,2,3         only these figures (1-8; default all), e.g. --figures=1,2 for the write path
              --events=1000000        events in the store for the replay of figure 4 (quick: 5000)
              --orders=1000000        orders in the read model for figure 5 (quick: 20000)
              --tasks=100000          tasks in the read model for figure 5 (quick: 5000)
              --aggregate-events=10000  events of each long order of figure 6
              --aggregates=20         long orders of figure 6 (quick: 3)
              --output=DIR            where results.json, results.md, logs (and JFR files) go (target/benchmark)
              --jfr                   record both apps with Java Flight Recorder (files beside the results)
              --command-arg=ARG       extra Spring argument for the command side (repeatable),
                                      e.g. --command-arg=--orderdesk.snapshots.order-threshold=0
              --query-arg=ARG         extra Spring argument for the query side (repeatable)
                                      (an ARG with one leading dash, e.g. -XX:+UseParallelGC or -agentpath:…,
                                      goes to that app's JVM instead)
            """;

    public static BenchOptions parse(String[] args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        List<Integer> clients = List.of(1, 8, 32);
        Duration duration = Duration.ofSeconds(quick ? 4 : 20);
        long events = quick ? 5_000 : 1_000_000;
        long orders = quick ? 20_000 : 1_000_000;
        long tasks = quick ? 5_000 : 100_000;
        int aggregateEvents = 10_000;
        int aggregates = quick ? 3 : 20;
        Path output = Path.of("target", "benchmark");
        boolean jfr = false;
        List<String> commandArgs = new ArrayList<>();
        List<String> queryArgs = new ArrayList<>();
        Duration warmup = Duration.ofSeconds(quick ? 6 : 60);
        Set<String> figures = Set.of("1", "2", "3", "4", "5", "6", "7", "8");
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--quick" -> { }
                case "--clients" -> clients = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--duration" -> duration = parseDuration(value);
                case "--events" -> events = Long.parseLong(value.replace("_", ""));
                case "--orders" -> orders = Long.parseLong(value.replace("_", ""));
                case "--tasks" -> tasks = Long.parseLong(value.replace("_", ""));
                case "--aggregate-events" -> aggregateEvents = Integer.parseInt(value.replace("_", ""));
                case "--aggregates" -> aggregates = Integer.parseInt(value);
                case "--output" -> output = Path.of(value);
                case "--jfr" -> jfr = true;
                case "--command-arg" -> commandArgs.add(value);
                case "--query-arg" -> queryArgs.add(value);
                case "--warmup" -> warmup = parseDuration(value);
                case "--figures" -> figures = Set.copyOf(Arrays.stream(value.split(",")).map(String::trim).toList());
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        return new BenchOptions(quick, List.copyOf(clients), duration, events, orders, tasks, aggregateEvents,
                                aggregates, output.toAbsolutePath(), jfr, List.copyOf(commandArgs),
                                List.copyOf(queryArgs), warmup, figures);
    }

    /** "20s", "2m", "500ms" or an ISO-8601 duration. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
        }
        return Duration.parse(text);
    }

    public boolean measures(String figure) {
        return figures.contains(figure);
    }

    /** The 8-client step of figure 1 drives figure 3's rate; with other levels, the one closest to 8. */
    public int referenceClients() {
        return clients.stream().min((a, b) -> Integer.compare(Math.abs(a - 8), Math.abs(b - 8))).orElse(1);
    }
}
