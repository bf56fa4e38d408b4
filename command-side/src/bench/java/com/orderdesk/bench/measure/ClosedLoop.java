package com.orderdesk.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs N clients, each calling its operation back to back for a fixed time (a closed loop: a client sends its
 * next request when the previous one answered), on a fixed thread pool (no virtual threads on Java 17).
 */
public final class ClosedLoop {

    /** One client's operation; answers whether it succeeded. {@code client} is 0..N-1, {@code n} its call count. */
    @FunctionalInterface
    public interface Operation {
        boolean call(int client, long n) throws Exception;
    }

    private ClosedLoop() {
    }

    public static Latency run(String label, int clients, Duration duration, Operation operation)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Samples> samples = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Samples mine = new Samples();
            samples.add(mine);
            int client = c;
            futures.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.call(client, n++);
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (ok) {
                        mine.add(System.nanoTime() - t0);
                    } else {
                        mine.error();
                    }
                }
                return null;
            }));
        }
        while (System.nanoTime() < end) {
            long done = samples.stream().mapToLong(Samples::size).sum();
            double seconds = (System.nanoTime() - start) / 1e9;
            Progress.show(String.format("%s, %d clients: %d done, %.0f/s", label, clients, done, done / seconds));
            Thread.sleep(500);
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Latency.of(clients, Samples.merge(samples), Samples.errors(samples), seconds);
    }
}
