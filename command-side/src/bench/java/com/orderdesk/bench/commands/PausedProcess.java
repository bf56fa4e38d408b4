package com.orderdesk.bench.commands;

import java.io.IOException;

/**
 * A process stopped with SIGSTOP until closed (SIGCONT): its threads keep their state, connections and open
 * transactions, and take no CPU meanwhile. Used to measure the write path without the query side on the same cores.
 */
final class PausedProcess implements AutoCloseable {

    private final long pid;

    private PausedProcess(long pid) {
        this.pid = pid;
    }

    static PausedProcess pause(long pid) throws InterruptedException {
        signal("STOP", pid);
        return new PausedProcess(pid);
    }

    @Override
    public void close() throws InterruptedException {
        signal("CONT", pid);
    }

    private static void signal(String signal, long pid) throws InterruptedException {
        try {
            int status = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " exited with " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not send SIG" + signal + " to " + pid, e);
        }
    }
}
