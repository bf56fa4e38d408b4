package com.orderdesk.bench.measure;

import java.util.Arrays;
import java.util.List;

/** Throughput and latency percentiles of one measured step (milliseconds; errors are not in the latencies; 0 when empty). */
public record Latency(int clients, long count, long errors, double seconds, double perSecond, double p50Ms,
                      double p95Ms, double p99Ms, double maxMs) {

    /** Nearest-rank percentiles of the given durations in nanoseconds (sorted in place). */
    public static Latency of(int clients, long[] nanos, long errors, double seconds) {
        Arrays.sort(nanos);
        return new Latency(clients, nanos.length, errors, seconds, nanos.length / Math.max(seconds, 1e-9),
                           percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
                           nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    /** Latencies of requests sent one after the other by one client (throughput = 1 / mean). */
    public static Latency sequential(Samples samples) {
        long[] nanos = Samples.merge(List.of(samples));
        return of(1, nanos, 0, Arrays.stream(nanos).sum() / 1e9);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
