package com.orderdesk.bench.commands;

import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.harness.Http;
import com.orderdesk.bench.harness.Orders;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.measure.ClosedLoop;
import com.orderdesk.bench.measure.Latency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Figure 1: record order (create) and change order status (update of an existing aggregate) over HTTP, as the
 * owner, at each concurrency level. Status changes go to orders recorded by the create steps, each client
 * walking its own share of them through the lifecycle, so no two clients touch one order (no 412s) and no
 * aggregate grows long.
 */
public final class CommandThroughput {

    /**
     * Figure 1's result: one latency row per concurrency level and command, and the database's active sessions by
     * wait event per step (see {@link DatabaseWaits}).
     */
    public record Figure(List<Latency> create, List<Latency> statusChange, Map<String, Map<String, Double>> databaseWaits) {
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
    private final ConcurrentLinkedQueue<TrackedOrder> recorded = new ConcurrentLinkedQueue<>();

    public CommandThroughput(Session owner, Database database, BenchOptions options) {
        this.owner = owner;
        this.database = database;
        this.options = options;
    }

    public Figure run() throws InterruptedException {
        List<Latency> create = new ArrayList<>();
        List<Latency> status = new ArrayList<>();
        for (int clients : options.clients()) {
            create.add(withWaits("record order, " + clients + " clients", () -> createStep(clients)));
            status.add(withWaits("change status, " + clients + " clients", () -> statusStep(clients)));
        }
        return new Figure(create, status, waits);
    }

    /** A step to run while the database's waits are sampled. */
    private interface Step {
        Latency run() throws InterruptedException;
    }

    private Latency withWaits(String label, Step step) throws InterruptedException {
        try (DatabaseWaits sampler = new DatabaseWaits(database)) {
            Latency latency = step.run();
            waits.put(label, sampler.averageActiveSessions());
            return latency;
        }
    }

    /** Closed-loop recordings with a (synthetic) customer contact, so sealing personal data is part of the cost. */
    private Latency createStep(int clients) throws InterruptedException {
        return ClosedLoop.run("Figure 1: record order", clients, options.duration(), (client, n) -> {
            Http.Answer answer = owner.command("POST", "/api/orders",
                    Orders.recordRequest("F1-" + clients + "-" + client + "-" + n, (int) n, true), null);
            if (answer.ok()) {
                recorded.add(new TrackedOrder(answer.json().get("orderId").asString()));
            }
            return answer.ok();
        });
    }

    private Latency statusStep(int clients) throws InterruptedException {
        List<List<TrackedOrder>> shares = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            shares.add(new ArrayList<>());
        }
        int i = 0;
        for (TrackedOrder order : recorded) {
            shares.get(i++ % clients).add(order);
        }
        return ClosedLoop.run("Figure 1: change order status", clients, options.duration(), (client, n) -> {
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
