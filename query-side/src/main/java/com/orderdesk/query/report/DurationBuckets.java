package com.orderdesk.query.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Durations kept in buckets 1% wide with their exact sum (query migration V15, report_duration_bucket): the count,
 * the exact average, and the 90th percentile interpolated between the two nearest values as PostgreSQL's
 * percentile_cont does, each value counted as its bucket's mean (exact when a bucket's values are equal, else within
 * 1%).
 */
final class DurationBuckets {

    private static final double PERCENTILE = 0.9;
    private static final double SECONDS_PER_HOUR = 3600.0;

    /** How many durations fell in a bucket and their sum in seconds. */
    record Bucket(long count, BigDecimal seconds) {
    }

    private DurationBuckets() {
    }

    /** The summary in hours of durations in buckets given in the order of their values. */
    static OrderReport.Duration summary(List<Bucket> ascending) {
        long count = ascending.stream().mapToLong(Bucket::count).sum();
        if (count == 0) {
            return new OrderReport.Duration(0, null, null);
        }
        BigDecimal seconds = ascending.stream().map(Bucket::seconds).reduce(BigDecimal.ZERO, BigDecimal::add);
        double position = PERCENTILE * (count - 1);
        long below = (long) Math.floor(position);
        double low = hoursAt(ascending, below);
        double high = hoursAt(ascending, (long) Math.ceil(position));
        return new OrderReport.Duration(count, seconds.doubleValue() / count / SECONDS_PER_HOUR,
                                        low + (position - below) * (high - low));
    }

    /** The duration (in hours) at this place, counting from the shortest. */
    private static double hoursAt(List<Bucket> ascending, long place) {
        long passed = 0;
        for (Bucket bucket : ascending) {
            passed += bucket.count();
            if (place < passed) {
                return bucket.seconds().doubleValue() / bucket.count() / SECONDS_PER_HOUR;
            }
        }
        throw new IllegalArgumentException("no duration at place " + place);
    }
}
