package com.orderdesk.bench.imports;

import com.orderdesk.bench.harness.Http;
import com.orderdesk.bench.harness.Orders;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.measure.Latency;
import com.orderdesk.bench.measure.Progress;
import com.orderdesk.bench.measure.Samples;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Figure 8: how long other writers wait while an {@code ALL_OR_NOTHING} import of 10,000 orders runs and commits.
 * One client records orders back to back, alone first (the baseline), then while another client's import request
 * runs; reported: the writer's latencies during the import, its longest single wait, and the import's own time.
 */
public final class ImportWait {

    /** Figure 8's result. */
    public record Figure(int orders, double importSeconds, Latency alone, Latency duringImport) {
    }

    private final Session owner;
    private final int orders;

    public ImportWait(Session owner, int orders) {
        this.owner = owner;
        this.orders = orders;
    }

    public Figure run() throws Exception {
        Latency alone = writer("F8-alone-", Duration.ofSeconds(3), new AtomicBoolean(true));
        String file = ndjson(orders);
        AtomicBoolean importing = new AtomicBoolean(true);
        long t0 = System.nanoTime();
        CompletableFuture<Http.Answer> imported = CompletableFuture.supplyAsync(() -> {
            try {
                return owner.http().postRaw(owner.commandUrl() + "/api/orders/imports?mode=ALL_OR_NOTHING",
                                            owner.token(), "application/x-ndjson", file);
            } finally {
                importing.set(false);
            }
        });
        Latency during = writer("F8-during-", Duration.ofMinutes(10), importing);
        Http.Answer answer = imported.get(10, TimeUnit.MINUTES);
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        answer.expectOk("the import of " + orders + " orders");
        return new Figure(orders, importSeconds, alone, during);
    }

    /** One client recording orders one after the other while {@code going} (at most {@code limit}). */
    private Latency writer(String prefix, Duration limit, AtomicBoolean going) {
        Samples samples = new Samples();
        long end = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        for (int n = 0; going.get() && System.nanoTime() < end; n++) {
            long t0 = System.nanoTime();
            boolean ok = owner.command("POST", "/api/orders", Orders.recordRequest(prefix + n, n, true), null).ok();
            if (ok) {
                samples.add(System.nanoTime() - t0);
            } else {
                samples.error();
            }
            if (n % 20 == 0) {
                Progress.show("Figure 8: a writer " + (prefix.contains("during") ? "during the import" : "alone")
                              + ": " + samples.size() + " orders");
            }
        }
        return Latency.of(1, Samples.merge(List.of(samples)), 0, (System.nanoTime() - start) / 1e9);
    }

    /** An import file of new orders, one {@code POST /api/orders} body per line. */
    private static String ndjson(int orders) {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < orders; i++) {
            file.append(Http.JSON.writeValueAsString(Orders.recordRequest("F8-IMPORT-" + i, i, true))).append('\n');
        }
        return file.toString();
    }
}
