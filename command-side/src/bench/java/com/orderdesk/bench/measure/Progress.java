package com.orderdesk.bench.measure;

import java.time.Duration;

/** The one-line progress indicator: rewritten in place on a terminal, one line per step otherwise. */
public final class Progress {

    private static final boolean TERMINAL = System.console() != null;
    private static final long START = System.nanoTime();
    private static int lastLength;

    private Progress() {
    }

    /** Shows what runs now, with the elapsed time of the whole run. */
    public static synchronized void show(String what) {
        String line = String.format("[%s] %s", elapsed(), what);
        if (TERMINAL) {
            System.out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            System.out.flush();
            lastLength = line.length();
        } else {
            System.out.println(line);
        }
    }

    /** Ends the progress line so that normal output can follow. */
    public static synchronized void done(String what) {
        show(what);
        if (TERMINAL) {
            System.out.println();
            lastLength = 0;
        }
    }

    static String elapsed() {
        Duration d = Duration.ofNanos(System.nanoTime() - START);
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
