package com.orderdesk.bench.memory;

import com.orderdesk.bench.harness.AppProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Figure 7: resident memory of each app, sampled from /proc/&lt;pid&gt;/status while figure 1 runs (Linux only).
 * VmHWM is the kernel's own peak since the process started; the sampled maximum is the peak under load.
 */
public final class MemorySampler implements AutoCloseable {

    /** Peak resident set of one app, in MiB, with the heap limit it ran with. */
    public record Peak(String app, double peakRssUnderLoadMiB, double vmHwmMiB, int maxHeapMiB) {
    }

    private final List<AppProcess> apps;
    private final Map<String, Long> peaksKb = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public MemorySampler(List<AppProcess> apps) {
        this.apps = apps;
        this.thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            for (AppProcess app : apps) {
                long rss = statusField(app, "VmRSS");
                peaksKb.merge(app.name(), rss, Math::max);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public List<Peak> peaks() {
        List<Peak> peaks = new ArrayList<>();
        for (AppProcess app : apps) {
            peaks.add(new Peak(app.name(), peaksKb.getOrDefault(app.name(), -1L) / 1024.0,
                               statusField(app, "VmHWM") / 1024.0, 512));
        }
        return peaks;
    }

    /** A "kB" field of /proc/&lt;pid&gt;/status, or -1 where there is no /proc. */
    static long statusField(AppProcess app, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1000);
    }
}
