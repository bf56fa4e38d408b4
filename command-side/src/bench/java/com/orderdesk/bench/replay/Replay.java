package com.orderdesk.bench.replay;

import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.harness.Orders;
import com.orderdesk.bench.harness.Projections;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.harness.SystemUnderTest;
import com.orderdesk.bench.measure.CpuSeconds;
import com.orderdesk.bench.memory.MemorySampler;
import com.orderdesk.bench.measure.Progress;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Figure 4: rebuild every rebuildable read model from an event store of N events. The store is filled up to N by
 * {@link EventCopies} of one real order's life (recorded, confirmed, tagged, in fulfilment, cancelled), then
 * every projection is let catch up live, and only then the admin starts the rebuild of all and the harness
 * polls the progress endpoint until each rebuilt projection is at the head again.
 */
public final class Replay {

    /** Figure 4's result. */
    public record Figure(long eventsInStore, long eventsGenerated, double generationSeconds,
                         double liveCatchUpSeconds, double rebuildSeconds, double rebuildEventsPerSecond,
                         Map<String, Double> secondsPerProjection, String rebuildCpuPerThousandEvents,
                         List<MemorySampler.Peak> querySideMemory) {
    }

    private static final int CHUNK_EVENTS = 50_000;
    private static final Duration TIMEOUT = Duration.ofHours(2);

    private final Session owner;
    private final Projections projections;
    private final Database database;
    private final BenchOptions options;

    private final SystemUnderTest system;

    public Replay(Session owner, Session admin, Database database, BenchOptions options, SystemUnderTest system) {
        this.owner = owner;
        this.system = system;
        this.projections = new Projections(admin);
        this.database = database;
        this.options = options;
    }

    public Figure run() throws SQLException, InterruptedException, IOException {
        String number = "TPL4-" + UUID.randomUUID();
        String template = templateOrder(number);
        long perCopy = database.queryLong(
                "SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?", template);
        long missing = options.events() - database.queryLong("SELECT count(*) FROM event_store.domain_event_entry");
        long copies = Math.max(0, (missing + perCopy - 1) / perCopy);
        long chunk = Math.max(1, CHUNK_EVENTS / perCopy);
        EventCopies copier = new EventCopies(database);
        long generated = 0;
        long t0 = System.nanoTime();
        for (long from = 1; from <= copies; from += chunk) {
            generated += copier.copyAggregate(template, number, "F4-", from, Math.min(copies, from + chunk - 1));
            Progress.show(String.format("Figure 4: appending events by SQL: %d of %d", generated, copies * perCopy));
        }
        double generationSeconds = (System.nanoTime() - t0) / 1e9;
        // The query side catches up from its tokens after a restart, as after a deployment. Left running, its
        // processors would tail the head while hundreds of thousands of events appeared at once, and Axon's embedded
        // store keeps what its shared reader read ahead for the slowest of them: a burst of 300,000 filled -Xmx512m
        // (docs/benchmarks.md, figure 4).
        Progress.show("Figure 4: restarting the query side");
        system.restartQuerySide();
        MemorySampler memory = new MemorySampler(List.of(system.querySide()));

        long t1 = System.nanoTime();
        projections.awaitCaughtUp(false, t1, TIMEOUT, "Figure 4: live projections catching up with the new events");
        double liveSeconds = (System.nanoTime() - t1) / 1e9;

        long inStore = database.queryLong("SELECT count(*) FROM event_store.domain_event_entry");
        long commandSidePid = system.commandSide().pid();
        long querySidePid = system.querySide().pid();
        CpuSeconds cpuBefore = CpuSeconds.now(commandSidePid, querySidePid);
        long t2 = System.nanoTime();
        projections.rebuildAll();
        Map<String, Double> perProjection = projections.awaitCaughtUp(true, t2, TIMEOUT, "Figure 4: rebuilding all");
        double rebuildSeconds = (System.nanoTime() - t2) / 1e9;
        String cpu = CpuSeconds.now(commandSidePid, querySidePid).minus(cpuBefore).perThousand(inStore);
        List<MemorySampler.Peak> peaks = memory.peaks();
        memory.close();
        return new Figure(inStore, generated, generationSeconds, liveSeconds, rebuildSeconds, inStore / rebuildSeconds,
                          perProjection, cpu, peaks);
    }

    /** One order's life over HTTP, without customer contact (see {@link EventCopies} for why). */
    private String templateOrder(String number) {
        String id = Orders.record(owner, number, 0, false);
        long version = 0;
        version = move(id, version, Orders.nextMove("RECORDED"));
        version = owner.command("PUT", "/api/orders/" + id + "/tags/priority", null, Orders.ifMatch(version))
                       .expectOk("tag").version();
        version = move(id, version, Orders.nextMove("CONFIRMED"));
        move(id, version, Map.of("status", "CANCELLED", "reason", "customer changed their mind"));
        return id;
    }

    private long move(String id, long version, Map<String, Object> move) {
        return owner.command("POST", "/api/orders/" + id + "/status", move, Orders.ifMatch(version))
                    .expectOk("status " + move.get("status")).version();
    }
}
