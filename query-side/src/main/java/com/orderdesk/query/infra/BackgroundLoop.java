package com.orderdesk.query.infra;

import org.springframework.context.SmartLifecycle;

import java.time.Duration;

/**
 * A loop on its own daemon thread, started and stopped with the application context: {@link #loop()} runs until
 * {@link #running()} turns false; stopping interrupts the thread.
 */
abstract class BackgroundLoop implements SmartLifecycle {

    private final String threadName;
    private volatile boolean running;
    private Thread thread;

    BackgroundLoop(String threadName) {
        this.threadName = threadName;
    }

    /** The work; returns when {@link #running()} is false or the thread was interrupted. */
    abstract void loop();

    final boolean running() {
        return running;
    }

    /** Waits before trying again after a failure; an interrupt ends the loop. */
    final void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public final synchronized void start() {
        running = true;
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public final synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public final boolean isRunning() {
        return running;
    }
}
