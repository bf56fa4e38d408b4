package com.orderdesk.console.proxy;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The event streams being relayed. A relay blocks reading its upstream, so it would notice a browser that went
 * away only at the next event, which on a quiet board may be an hour off: every {@link #HEARTBEAT} of silence a
 * comment line (ignored by EventSource) is written between events, and a failed write closes the upstream stream.
 * On shutdown every stream is closed first, so the graceful shutdown does not wait for them.
 */
@Component
public class LiveRelays implements SmartLifecycle {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final byte[] COMMENT = ":\n\n".getBytes(StandardCharsets.US_ASCII);

    private final Set<Relay> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    /** One relayed stream: writes are serialized between the relaying thread and the heartbeat. */
    final class Relay implements AutoCloseable {
        private final InputStream upstream;
        private final OutputStream browser;
        private boolean betweenEvents = true;
        private long lastWrite = System.nanoTime();

        private Relay(InputStream upstream, OutputStream browser) {
            this.upstream = upstream;
            this.browser = browser;
        }

        /** Writes and flushes a chunk of the upstream's events. */
        synchronized void write(byte[] buffer, int length) throws IOException {
            browser.write(buffer, 0, length);
            browser.flush();
            betweenEvents = length >= 2 && buffer[length - 1] == '\n' && buffer[length - 2] == '\n';
            lastWrite = System.nanoTime();
        }

        private synchronized void heartbeat() {
            if (!betweenEvents || System.nanoTime() - lastWrite < HEARTBEAT.toNanos()) {
                return;
            }
            try {
                browser.write(COMMENT);
                browser.flush();
                lastWrite = System.nanoTime();
            } catch (IOException browserGone) {
                closeUpstream();
            }
        }

        private void closeUpstream() {
            try {
                upstream.close(); // the relaying thread's read fails and its request ends
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() {
            open.remove(this);
        }
    }

    /** Registers a stream being relayed; close the returned relay when the relaying ends. */
    Relay open(InputStream upstream, OutputStream browser) {
        Relay relay = new Relay(upstream, browser);
        open.add(relay);
        return relay;
    }

    @Override
    public void start() {
        long period = HEARTBEAT.toMillis() / 3;
        heartbeats.scheduleWithFixedDelay(() -> open.forEach(Relay::heartbeat), period, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        open.forEach(Relay::closeUpstream);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown, which would otherwise wait for the open streams. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
