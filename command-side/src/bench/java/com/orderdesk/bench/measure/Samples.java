package com.orderdesk.bench.measure;

import java.util.Arrays;

/** Durations in nanoseconds collected by one thread; cheap enough to sit in a measured loop. */
public final class Samples {

    private long[] nanos = new long[1024];
    private int size;
    private long errors;

    public void add(long durationNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = durationNanos;
    }

    public void error() {
        errors++;
    }

    public int size() {
        return size;
    }

    /** Every sample of several threads, as one array. */
    public static long[] merge(Iterable<Samples> all) {
        int total = 0;
        for (Samples s : all) {
            total += s.size;
        }
        long[] merged = new long[total];
        int at = 0;
        for (Samples s : all) {
            System.arraycopy(s.nanos, 0, merged, at, s.size);
            at += s.size;
        }
        return merged;
    }

    public static long errors(Iterable<Samples> all) {
        long errors = 0;
        for (Samples s : all) {
            errors += s.errors;
        }
        return errors;
    }
}
