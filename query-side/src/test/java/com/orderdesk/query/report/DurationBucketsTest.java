package com.orderdesk.query.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Durations from buckets: exact count and average, and a 90th percentile within 1% of the exact one. */
class DurationBucketsTest {

    @Test
    void theNinetiethPercentileOfBucketsStaysWithinOnePercentOfTheExactOne() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int count = 1 + random.nextInt(400);
            double[] seconds = new double[count];
            for (int i = 0; i < count; i++) {
                seconds[i] = Math.round(Math.exp(random.nextDouble() * 21)) / 1000.0; // a millisecond to two weeks
            }
            OrderReport.Duration duration = DurationBuckets.summary(buckets(seconds));

            double[] hours = Arrays.stream(seconds).sorted().map(s -> s / 3600.0).toArray();
            double position = 0.9 * (count - 1);
            int below = (int) Math.floor(position);
            double exact = hours[below] + (position - below) * (hours[(int) Math.ceil(position)] - hours[below]);
            assertThat(duration.orders()).isEqualTo(count);
            assertThat(duration.averageHours())
                    .isCloseTo(Arrays.stream(hours).average().orElseThrow(), within(1e-9));
            assertThat(duration.p90Hours()).isCloseTo(exact, within(exact * 0.01 + 1e-8));
        }
    }

    @Test
    void durationsInBucketsOfTheirOwnGiveTheExactPercentileAndNoneGiveNothing() {
        OrderReport.Duration duration = DurationBuckets.summary(buckets(7_200, 14_400));

        assertThat(duration.p90Hours()).isEqualTo(3.8); // percentile_cont(0.9) of 2 h and 4 h
        assertThat(DurationBuckets.summary(List.of()))
                .isEqualTo(new OrderReport.Duration(0, null, null));
    }

    /** The buckets the day figures would hold for these durations (query migration V15's report_duration_bucket). */
    private static List<DurationBuckets.Bucket> buckets(double... seconds) {
        Map<Long, List<Double>> byBucket = new TreeMap<>();
        for (double s : seconds) {
            long bucket = (long) Math.floor(Math.log(1 + s * 1000) / Math.log(1.01));
            byBucket.computeIfAbsent(bucket, b -> new ArrayList<>()).add(s);
        }
        List<DurationBuckets.Bucket> buckets = new ArrayList<>();
        byBucket.values().forEach(in -> buckets.add(new DurationBuckets.Bucket(
                in.size(), in.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return buckets;
    }
}
