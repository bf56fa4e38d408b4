package com.orderdesk.console.proxy;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The upstream event streams being relayed. A relay blocks reading its upstream; it notices a browser that went
 * away at its next write, which the query side's comment every 15 s guarantees. On shutdown every stream is
 * closed first, so the web server's graceful shutdown does not wait up to an hour for the live views.
 */
@Component
public class LiveRelays implements SmartLifecycle {

    private final Set<InputStream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    /** Registers a stream being relayed; close the returned handle when the relaying ends. */
    AutoCloseable open(InputStream upstream) {
        open.add(upstream);
        return () -> open.remove(upstream);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (InputStream upstream : open) {
            try {
                upstream.close(); // the relaying thread's read fails and its request ends
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown (a lower phase), which would otherwise wait for them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
