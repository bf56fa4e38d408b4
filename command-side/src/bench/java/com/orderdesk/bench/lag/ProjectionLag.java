package com.orderdesk.bench.lag;

import com.orderdesk.bench.harness.Orders;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.measure.Latency;
import com.orderdesk.bench.measure.Progress;
import com.orderdesk.bench.measure.Samples;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 3: end-to-end projection lag across processes. Orders are recorded at a fixed rate (an open loop: the
 * schedule does not wait for answers) while a client watches the live order list ({@code GET /api/orders/live},
 * server-sent events that the query side sends after the order list's transaction committed). Lag = the order's
 * arrival on the live list minus the command's 2xx answer (0 when it arrived first). Watching costs the query side
 * one connection; polling each order every millisecond, as a first version did, loaded the 2 cores so much that
 * it measured its own load.
 */
public final class ProjectionLag {

    /** Figure 3's result: the rate asked for and achieved, the lag, and the commands' own latency meanwhile. */
    public record Figure(double targetPerSecond, double achievedPerSecond, Latency lag, Latency command,
                         long neverVisible) {
    }

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    private final Session owner;

    public ProjectionLag(Session owner) {
        this.owner = owner;
    }

    public Figure run(double perSecond, Duration duration) throws InterruptedException {
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Samples commands = new Samples();
        AtomicLong sent = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        double seconds;
        try (LiveOrderList live = LiveOrderList.watch(owner)) {
            long start = System.nanoTime();
            long total = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
            for (long i = 0; i < total; i++) {
                long due = start + Math.round(i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long n = i;
                senders.execute(() -> record(n, answeredAt, commands, sent));
                if (i % 20 == 0) {
                    Progress.show(String.format("Figure 3: projection lag at %.0f orders/s: %d sent", perSecond,
                                                sent.get()));
                }
            }
            seconds = (System.nanoTime() - start) / 1e9;
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            live.awaitAll(answeredAt.keySet(), VISIBILITY_TIMEOUT);
            Samples lags = new Samples();
            long lost = 0;
            for (Map.Entry<String, Long> answered : answeredAt.entrySet()) {
                Long arrived = live.arrival(answered.getKey());
                if (arrived == null) {
                    lost++;
                } else {
                    lags.add(Math.max(0, arrived - answered.getValue()));
                }
            }
            return new Figure(perSecond, sent.get() / seconds,
                              Latency.of(1, Samples.merge(List.of(lags)), Samples.errors(List.of(lags)), seconds),
                              Latency.of(32, Samples.merge(List.of(commands)), Samples.errors(List.of(commands)),
                                         seconds),
                              lost);
        }
    }

    private void record(long n, Map<String, Long> answeredAt, Samples commands, AtomicLong sent) {
        long t0 = System.nanoTime();
        var answer = owner.command("POST", "/api/orders", Orders.recordRequest("F3-" + n, (int) n, true), null);
        long answered = System.nanoTime();
        sent.incrementAndGet();
        synchronized (commands) {
            if (answer.ok()) {
                commands.add(answered - t0);
            } else {
                commands.error();
            }
        }
        if (answer.ok()) {
            answeredAt.put(answer.json().get("orderId").asString(), answered);
        }
    }
}
