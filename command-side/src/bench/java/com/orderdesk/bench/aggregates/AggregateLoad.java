package com.orderdesk.bench.aggregates;

import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.harness.Database;
import com.orderdesk.bench.harness.Http;
import com.orderdesk.bench.harness.Orders;
import com.orderdesk.bench.harness.Session;
import com.orderdesk.bench.measure.Latency;
import com.orderdesk.bench.measure.Progress;
import com.orderdesk.bench.measure.Samples;
import com.orderdesk.bench.replay.EventCopies;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Figure 6: what loading a long order costs a command. Runs last, with the query side stopped (the harness
 * stops it) so that projecting the appended events does not compete for the CPU. Orders of {@code aggregateEvents} events (a recording, then
 * tag/untag pairs appended by SQL) get a cheap command over HTTP (tag or untag, whichever is legal):
 * <ul>
 *   <li>the first command on each loads every event: there is no snapshot yet ("without snapshots");</li>
 *   <li>further commands on the same orders start from the snapshot that the first load triggered when the
 *       command side snapshots orders ({@code orderdesk.snapshots.order-threshold} &gt; 0), else they load every
 *       event again; the figure reports how many snapshots exist so the label is never guessed;</li>
 *   <li>the same commands on one-event orders are the baseline: the difference is the load cost.</li>
 * </ul>
 */
public final class AggregateLoad {

    /** Figure 6's result. */
    public record Figure(int eventsPerOrder, int orders, long snapshotsOfLongOrders, Latency baselineFirst,
                         Latency baselineRepeated, Latency longOrderFirst, Latency longOrderRepeated) {
    }

    private static final String TAG = "bench-load";

    /** A long or baseline order under test, with its version and whether it carries the tag now. */
    private static final class Target {
        final String id;
        long version;
        boolean tagged;

        Target(String id, long version, boolean tagged) {
            this.id = id;
            this.version = version;
            this.tagged = tagged;
        }
    }

    private final Session owner;
    private final Database database;
    private final BenchOptions options;

    public AggregateLoad(Session owner, Database database, BenchOptions options) {
        this.owner = owner;
        this.database = database;
        this.options = options;
    }

    public Figure run() throws SQLException {
        int length = options.aggregateEvents();
        int count = options.loadAggregates();
        List<Target> longOrders = longOrders(count, length);
        List<Target> baseline = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            baseline.add(new Target(Orders.record(owner, "F6-B-" + UUID.randomUUID(), i, false), 0, false));
        }

        Latency baselineFirst = timeOnce(baseline, "baseline, first command");
        Latency longFirst = timeOnce(longOrders, "long orders, first command");
        // Axon writes the snapshot in the command's own thread before the answer, so it is there to count.
        long snapshots = database.queryLong("SELECT count(*) FROM event_store.snapshot_event_entry "
                + "WHERE aggregate_identifier = ANY (?)", (Object) longOrders.stream().map(t -> t.id).toArray(String[]::new));
        Samples baselineRepeated = new Samples();
        Samples longRepeated = new Samples();
        int repeats = options.quick() ? 3 : 10;
        for (int r = 0; r < repeats; r++) {
            Progress.show(String.format("Figure 6: repeated commands, round %d of %d", r + 1, repeats));
            baseline.forEach(t -> timeCommand(t, baselineRepeated));
            longOrders.forEach(t -> timeCommand(t, longRepeated));
        }
        return new Figure(length, count, snapshots, baselineFirst, Latency.sequential(baselineRepeated),
                          longFirst, Latency.sequential(longRepeated));
    }

    /** Appends the long orders by SQL: copies of a real order's recording, tagging and untagging. */
    private List<Target> longOrders(int count, int length) throws SQLException {
        String number = "TPL6-" + UUID.randomUUID();
        String template = Orders.record(owner, number, 0, false);
        owner.command("PUT", "/api/orders/" + template + "/tags/" + TAG, null, Orders.ifMatch(0)).expectOk("tag");
        owner.command("DELETE", "/api/orders/" + template + "/tags/" + TAG, null, Orders.ifMatch(1)).expectOk("untag");
        EventCopies copier = new EventCopies(database);
        List<Target> targets = new ArrayList<>();
        for (int g = 1; g <= count; g++) {
            Progress.show(String.format("Figure 6: appending order %d of %d with %d events", g, count, length));
            copier.copyLongAggregate(template, number, "F6-", g, g, length);
            // Events 1..length-1 alternate tagged (odd) and untagged (even).
            targets.add(new Target(copier.aggregateId(g), length - 1, (length - 1) % 2 == 1));
        }
        return targets;
    }

    private Latency timeOnce(List<Target> targets, String label) {
        Progress.show("Figure 6: " + label);
        Samples samples = new Samples();
        targets.forEach(t -> timeCommand(t, samples));
        return Latency.sequential(samples);
    }

    /** Tags or untags (whichever is legal now) and records the command's round trip. */
    private void timeCommand(Target target, Samples samples) {
        String method = target.tagged ? "DELETE" : "PUT";
        long t0 = System.nanoTime();
        Http.Answer answer = owner.command(method, "/api/orders/" + target.id + "/tags/" + TAG, null,
                                           Orders.ifMatch(target.version));
        long elapsed = System.nanoTime() - t0;
        answer.expectOk(method + " tag on a figure-6 order");
        samples.add(elapsed);
        target.version = answer.version();
        target.tagged = !target.tagged;
    }
}
