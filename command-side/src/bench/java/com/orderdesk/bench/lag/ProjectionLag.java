package com.orderdesk.bench.lag;

import com.orderdesk.bench.harness.Http;
import com.orderdesk.bench.harness.Orders;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.measure.Latency;
import com.orderdesk.bench.measure.Progress;
import com.orderdesk.bench.measure.Samples;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 3: end-to-end projection lag across processes. Orders are recorded at a fixed rate (an open loop: the
 * schedule does not wait for answers); after each 2xx answer a poller asks the query side for the order
 * ({@code GET /api/orders/{id}}, served from the order list's read model) every millisecond until it answers
 * 200. Lag = first 200 minus the command's answer, so it includes up to one poll round trip.
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
        ExecutorService senders = Executors.newFixedThreadPool(32);
        ExecutorService pollers = Executors.newFixedThreadPool(32);
        Samples lags = new Samples();
        Samples commands = new Samples();
        AtomicLong sent = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        long start = System.nanoTime();
        long total = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
        for (long i = 0; i < total; i++) {
            long due = start + Math.round(i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long n = i;
            senders.execute(() -> {
                long t0 = System.nanoTime();
                Http.Answer answer = owner.command("POST", "/api/orders",
                                                   Orders.recordRequest("F3-" + n, (int) n, true), null);
                long answered = System.nanoTime();
                sent.incrementAndGet();
                if (!answer.ok()) {
                    synchronized (commands) {
                        commands.error();
                    }
                    return;
                }
                synchronized (commands) {
                    commands.add(answered - t0);
                }
                String orderId = answer.json().get("orderId").asString();
                pollers.execute(() -> {
                    long visible = awaitVisible(orderId, answered);
                    synchronized (lags) {
                        if (visible < 0) {
                            lost.incrementAndGet();
                        } else {
                            lags.add(visible - answered);
                        }
                    }
                });
            });
            if (i % 20 == 0) {
                Progress.show(String.format("Figure 3: projection lag at %.0f orders/s: %d sent", perSecond, sent.get()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);
        pollers.shutdown();
        pollers.awaitTermination(1, TimeUnit.MINUTES);
        synchronized (lags) {
            return new Figure(perSecond, sent.get() / seconds,
                              Latency.of(1, Samples.merge(List.of(lags)), Samples.errors(List.of(lags)), seconds),
                              Latency.of(32, Samples.merge(List.of(commands)), Samples.errors(List.of(commands)), seconds),
                              lost.get());
        }
    }

    /** Polls until the query side has the order; answers when it first did (nanoTime), or -1. */
    private long awaitVisible(String orderId, long since) {
        while (System.nanoTime() - since < VISIBILITY_TIMEOUT.toNanos()) {
            if (owner.query("/api/orders/" + orderId).status() == 200) {
                return System.nanoTime();
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }
}
