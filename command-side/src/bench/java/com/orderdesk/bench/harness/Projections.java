package com.orderdesk.bench.harness;

import com.orderdesk.bench.measure.Progress;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The query side's projections as the admin sees them ({@code GET /api/admin/projections}). */
public final class Projections {

    /** One projection's progress, as the admin endpoint reports it. */
    public record Status(String projection, boolean rebuildable, boolean caughtUp, long position, long head) {

        boolean done() {
            return caughtUp && position >= head;
        }
    }

    private final Session admin;

    public Projections(Session admin) {
        this.admin = admin;
    }

    /** Starts the rebuild of every rebuildable projection (answers once all are reset and restarted). */
    public void rebuildAll() {
        admin.http().post(admin.queryUrl() + "/api/admin/projections/all/rebuild", admin.token(), null)
             .expectOk("rebuild all projections");
    }

    public List<Status> statuses() {
        List<Status> statuses = new ArrayList<>();
        for (JsonNode p : admin.query("/api/admin/projections").expectOk("projection progress").json()) {
            statuses.add(new Status(p.get("projection").asString(), p.get("rebuildable").asBoolean(),
                                    p.get("caughtUp").asBoolean(), p.get("position").asLong(),
                                    p.get("head").asLong()));
        }
        return statuses;
    }

    /**
     * Waits until every projection (or every rebuildable one) has reached the head of the event store; answers
     * when each got there, in seconds from {@code since} (System.nanoTime()).
     */
    public Map<String, Double> awaitCaughtUp(boolean rebuildableOnly, long since, Duration timeout, String label)
            throws InterruptedException {
        Map<String, Double> reached = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Status> statuses = statuses().stream().filter(s -> s.rebuildable() || !rebuildableOnly).toList();
            double seconds = (System.nanoTime() - since) / 1e9;
            long slowest = Long.MAX_VALUE;
            long head = 0;
            for (Status s : statuses) {
                if (s.done()) {
                    reached.putIfAbsent(s.projection(), seconds);
                }
                slowest = Math.min(slowest, s.position());
                head = Math.max(head, s.head());
            }
            if (reached.size() == statuses.size()) {
                return reached;
            }
            Progress.show(String.format("%s: %d/%d projections at the head, slowest at %d of %d", label,
                                        reached.size(), statuses.size(), slowest, head));
            Thread.sleep(200);
        }
        throw new IllegalStateException(label + ": projections not caught up within " + timeout.toSeconds() + " s");
    }
}
