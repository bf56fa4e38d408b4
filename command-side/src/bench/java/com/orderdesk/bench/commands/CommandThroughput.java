package com.orderdesk.bench.commands;

import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.harness.Http;
import com.orderdesk.bench.harness.Orders;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.measure.ClosedLoop;
import com.orderdesk.bench.measure.CpuSeconds;
import com.orderdesk.bench.measure.Latency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Figure 1: record order (create) and change order status (update of an existing aggregate) over HTTP, as the
 * owner, at each concurrency level. Status changes go to orders recorded by the create steps, each client
 * walking its own share of them through the lifecycle, so no two clients touch one order (no 412s) and no
 * aggregate grows long. Each step also records the CPU seconds each process used per 1,000 commands.
 * <p>
 * Last, both commands again at the reference concurrency with the query side paused (SIGSTOP): the write path
 * alone — command side, PostgreSQL and the load generator — as it runs when the query side has cores of its own.
 * The events recorded meanwhile are projected once it resumes.
 */
public final class CommandThroughput {

    /**
     * Figure 1's result: one latency row per concurrency level and command, and the database's active sessions by
     * wait event per step (see {@link DatabaseWaits}).
     */
    public record Figure(List<Latency> create, List<Latency> statusChange, Latency createWritePathOnly,
                         Latency statusChangeWritePathOnly, Map<String, Map<String, Double>> databaseWaits,
                         Map<String, String> cpuPerThousand) {
    }

    /** An order the benchmark recorded, with what the next status move needs. Only one client touches it at a time. */
    private static final class TrackedOrder {
        final String id;
        String status = "RECORDED";
        long version;

        TrackedOrder(String id) {
            this.id = id;
        }
    }

    private final Session owner;
    private final Database database;
    private final BenchOptions options;
    private final Map<String, Map<String, Double>> waits = new LinkedHashMap<>();
    private final Map<String, String> cpu = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<TrackedOrder> recorded = new ConcurrentLinkedQueue<>();
    private int steps;

    private final long commandSidePid;
    private final long querySidePid;

    public CommandThroughput(Session owner, Database database, BenchOptions options, long commandSidePid,
                             long querySidePid) {
        this.commandSidePid = commandSidePid;
        this.querySidePid = querySidePid;
        this.owner = owner;
        this.database = database;
        this.options = options;
    }

    public Figure run() throws InterruptedException {
        List<Latency> create = new ArrayList<>();
        List<Latency> status = new ArrayList<>();
        warmUp();
        for (int clients : options.clients()) {
            create.add(withWaits("record order, " + clients + " clients",
                                 () -> createStep("Figure 1: record order", clients, options.duration())));
            status.add(withWaits("change status, " + clients + " clients",
                                 () -> statusStep("Figure 1: change order status", clients, options.duration())));
        }
        int reference = options.referenceClients();
        Latency createAlone;
        Latency statusAlone;
        try (PausedProcess paused = PausedProcess.pause(querySidePid)) {
            createAlone = withWaits("record order, " + reference + " clients, query side paused",
                    () -> createStep("Figure 1: record order, query side paused", reference, options.duration()));
            statusAlone = withWaits("change status, " + reference + " clients, query side paused",
                    () -> statusStep("Figure 1: change status, query side paused", reference, options.duration()));
        }
        return new Figure(create, status, createAlone, statusAlone, waits, cpu);
    }

    /**
     * The JIT compiles the command path during the first thousands of requests; measured cold, the first steps
     * would show the compiler's CPU as the command's. Unmeasured commands of both kinds first (at the reference
     * concurrency); the orders they record are walked through their lifecycle by the status steps too.
     */
    private void warmUp() throws InterruptedException {
        if (options.warmup().isZero()) {
            return;
        }
        int clients = options.referenceClients();
        createStep("Figure 1: warming up (record order)", clients, options.warmup());
        statusStep("Figure 1: warming up (change status)", clients, options.warmup());
    }

    /** A step to run while the database's waits are sampled. */
    private interface Step {
        Latency run() throws InterruptedException;
    }

    private Latency withWaits(String label, Step step) throws InterruptedException {
        try (DatabaseWaits sampler = new DatabaseWaits(database)) {
            CpuSeconds before = CpuSeconds.now(commandSidePid, querySidePid);
            Latency latency = step.run();
            cpu.put(label, CpuSeconds.now(commandSidePid, querySidePid).minus(before).perThousand(latency.count()));
            waits.put(label, sampler.averageActiveSessions());
            return latency;
        }
    }

    /** Closed-loop recordings with a (synthetic) customer contact, so sealing personal data is part of the cost. */
    private Latency createStep(String label, int clients, Duration duration) throws InterruptedException {
        String prefix = "F1-" + (steps++) + "-";
        return ClosedLoop.run(label, clients, duration, (client, n) -> {
            Http.Answer answer = owner.command("POST", "/api/orders",
                    Orders.recordRequest(prefix + client + "-" + n, (int) n, true), null);
            if (answer.ok()) {
                recorded.add(new TrackedOrder(answer.json().get("orderId").asString()));
            }
            return answer.ok();
        });
    }

    private Latency statusStep(String label, int clients, Duration duration) throws InterruptedException {
        List<List<TrackedOrder>> shares = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            shares.add(new ArrayList<>());
        }
        int i = 0;
        for (TrackedOrder order : recorded) {
            shares.get(i++ % clients).add(order);
        }
        return ClosedLoop.run(label, clients, duration, (client, n) -> {
            List<TrackedOrder> mine = shares.get(client);
            TrackedOrder order = mine.get((int) (n % mine.size()));
            Map<String, Object> move = Orders.nextMove(order.status);
            Http.Answer answer = owner.command("POST", "/api/orders/" + order.id + "/status", move,
                                               Orders.ifMatch(order.version));
            if (answer.ok()) {
                order.status = (String) move.get("status");
                order.version = answer.version();
            }
            return answer.ok();
        });
    }
}
