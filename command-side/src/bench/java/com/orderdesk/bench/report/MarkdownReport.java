package com.orderdesk.bench.report;

import com.orderdesk.bench.aggregates.AggregateLoad;
import com.orderdesk.bench.ceiling.InsertCeiling;
import com.orderdesk.bench.commands.CommandThroughput;
import com.orderdesk.bench.imports.ImportWait;
import com.orderdesk.bench.lag.ProjectionLag;
import com.orderdesk.bench.measure.Latency;
import com.orderdesk.bench.memory.MemorySampler;
import com.orderdesk.bench.queries.QueryLatency;
import com.orderdesk.bench.replay.Replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The summary table: each figure beside its ceiling or its target (issues 9 and 15), and the ratio. */
public final class MarkdownReport {

    /** One line of the table. */
    record Row(String figure, String what, String result, String target, String ratio) {
    }

    /** Issue 15's targets at 8 clients, as a share of the insert ceiling (the long-term bar is 0.5×). */
    private static final double CREATE_TARGET = 0.10;
    private static final double STATUS_TARGET = 0.07;

    private final List<Row> rows = new ArrayList<>();

    public static String render(Results r) {
        MarkdownReport report = new MarkdownReport();
        report.commands(r.figure1Commands(), r.figure2InsertCeiling());
        report.ceiling(r.figure2InsertCeiling());
        report.lag(r.figure3ProjectionLag());
        report.replay(r.figure4Replay());
        report.queries(r.figure5Queries());
        report.aggregates(r.figure6AggregateLoad());
        report.memory(r.figure7Memory(), r.figure1Commands());
        report.memoryDuringRebuild(r.figure4Replay());
        report.importWait(r.figure8ImportWait());
        return report.document(r);
    }

    private void commands(CommandThroughput.Figure f, InsertCeiling.Figure ceiling) {
        if (f == null) {
            return;
        }
        for (int i = 0; i < f.create().size(); i++) {
            command("record order", f.create().get(i), ceiling, i, CREATE_TARGET);
        }
        for (int i = 0; i < f.statusChange().size(); i++) {
            command("change status", f.statusChange().get(i), ceiling, i, STATUS_TARGET);
        }
        if (f.createWritePathOnly() != null) {
            int index = ceiling == null ? -1 : indexOf(ceiling, f.createWritePathOnly().clients());
            command("record order, query side paused", f.createWritePathOnly(), ceiling, index, CREATE_TARGET);
            command("change status, query side paused", f.statusChangeWritePathOnly(), ceiling, index, STATUS_TARGET);
        }
    }

    private static int indexOf(InsertCeiling.Figure ceiling, int clients) {
        for (int i = 0; i < ceiling.steps().size(); i++) {
            if (ceiling.steps().get(i).clients() == clients) {
                return i;
            }
        }
        return -1;
    }

    private void importWait(ImportWait.Figure f) {
        if (f == null) {
            return;
        }
        rows.add(new Row("8", "a writer alone (1 client, record order)", percentiles(f.alone())
                         + String.format("; longest %.1f ms", f.alone().maxMs()), "—", "—"));
        rows.add(new Row("8", String.format("the same writer during an ALL_OR_NOTHING import of %,d orders (%.1f s)",
                                            f.orders(), f.importSeconds()),
                         String.format("%d orders; %s; longest wait %.1f ms", f.duringImport().count(),
                                       percentiles(f.duringImport()), f.duringImport().maxMs()),
                         "longest wait < 1 s", String.format("%.2f×", f.duringImport().maxMs() / 1000)));
    }

    private void command(String name, Latency l, InsertCeiling.Figure ceiling, int index, double targetRatio) {
        Latency raw = ceiling == null || index < 0 || index >= ceiling.steps().size() ? null : ceiling.steps().get(index);
        String target = raw == null ? "—" : String.format("ceiling %,.0f/s%s", raw.perSecond(),
                l.clients() == 8 ? String.format("; target ≥ %.2f×", targetRatio)
                                 : l.clients() == 1 ? "; target p50 ≤ 5 ms" : "");
        String ratio = raw == null ? "—" : String.format("%.3f×", l.perSecond() / raw.perSecond());
        rows.add(new Row("1", String.format("%s, %d clients", name, l.clients()), throughput(l), target, ratio));
    }

    private void ceiling(InsertCeiling.Figure f) {
        if (f == null) {
            return;
        }
        for (Latency l : f.steps()) {
            rows.add(new Row("2", String.format("insert ceiling, %d threads (%d+%d byte rows)", l.clients(),
                                                f.payloadBytes(), f.metadataBytes()), throughput(l), "—", "1×"));
        }
    }

    private void lag(ProjectionLag.Figure f) {
        if (f == null) {
            return;
        }
        rows.add(new Row("3", String.format("projection lag at %.0f orders/s (achieved %.0f/s, %d never seen)",
                                            f.targetPerSecond(), f.achievedPerSecond(), f.neverVisible()),
                         String.format("p50 %.1f ms, p99 %.1f ms", f.lag().p50Ms(), f.lag().p99Ms()),
                         "p99 < 100 ms", String.format("%.2f×", f.lag().p99Ms() / 100)));
    }

    private void replay(Replay.Figure f) {
        if (f == null) {
            return;
        }
        rows.add(new Row("4", String.format("rebuild all read models from %,d events", f.eventsInStore()),
                         String.format("%.1f s, %,.0f events/s", f.rebuildSeconds(), f.rebuildEventsPerSecond()),
                         "1,000,000 events < 5 min (3,500/s)",
                         String.format("%.2f× the rate", f.rebuildEventsPerSecond() / 3_500.0)));
        rows.add(new Row("4", String.format("(live catch-up of every projection after the SQL appends of %,d events)",
                                            f.eventsGenerated()),
                         String.format("%.1f s", f.liveCatchUpSeconds()), "—", "—"));
    }

    private void queries(QueryLatency.Figure f) {
        if (f == null) {
            return;
        }
        for (QueryLatency.Query q : f.queries()) {
            rows.add(new Row("5", String.format("%s (%,d orders, %,d tasks)", q.name(), f.orders(), f.tasks()),
                             percentiles(q.latency()), String.format("p99 < %.0f ms", q.targetP99Ms()),
                             String.format("%.2f×", q.latency().p99Ms() / q.targetP99Ms())));
        }
    }

    private void aggregates(AggregateLoad.Figure f) {
        if (f == null) {
            return;
        }
        String base = String.format(" (%,d-event orders, %d of them)", f.eventsPerOrder(), f.orders());
        double baseline = f.baselineRepeated().p50Ms();
        rows.add(new Row("6", "tag command on a 1-event order (baseline)", percentiles(f.baselineRepeated()), "—", "—"));
        rows.add(new Row("6", "tag command, first load, no snapshot" + base, percentiles(f.longOrderFirst())
                         + String.format("; load ≈ %.1f ms", f.longOrderFirst().p50Ms() - baseline), "—", "—"));
        String label = f.snapshotsOfLongOrders() > 0
                ? String.format("tag command, from snapshot (%d snapshots)", f.snapshotsOfLongOrders())
                : "tag command again, no snapshot taken (snapshots off or not built)";
        double load = f.longOrderRepeated().p99Ms() - f.baselineRepeated().p99Ms();
        rows.add(new Row("6", label + base, percentiles(f.longOrderRepeated())
                         + String.format("; load p99 ≈ %.1f ms", load), "load p99 < 10 ms (with snapshots)",
                         String.format("%.2f×", load / 10)));
    }

    private void memory(List<MemorySampler.Peak> peaks, CommandThroughput.Figure load) {
        if (peaks == null) {
            return;
        }
        for (MemorySampler.Peak p : peaks) {
            rows.add(new Row("7", p.app() + " peak RSS under figure 1's load",
                             String.format("%.0f MiB (VmHWM %.0f MiB)", p.peakRssUnderLoadMiB(), p.vmHwmMiB()),
                             "heap ≤ " + p.maxHeapMiB() + " MB holds the load",
                             load == null ? "—" : "-Xmx" + p.maxHeapMiB() + "m, " + errors(load) + " errors"));
        }
    }

    private void memoryDuringRebuild(Replay.Figure replay) {
        if (replay == null) {
            return;
        }
        for (MemorySampler.Peak p : replay.querySideMemory()) {
            rows.add(new Row("7", p.app() + " peak RSS during figure 4 (live catch-up and rebuild)",
                             String.format("%.0f MiB", p.peakRssUnderLoadMiB()),
                             "heap ≤ " + p.maxHeapMiB() + " MB holds the rebuild",
                             String.format("-Xmx%dm, rebuilt %,d events", p.maxHeapMiB(), replay.eventsInStore())));
        }
    }

    private static long errors(CommandThroughput.Figure f) {
        return f.create().stream().mapToLong(Latency::errors).sum()
               + f.statusChange().stream().mapToLong(Latency::errors).sum();
    }

    private static String throughput(Latency l) {
        return String.format("%,.0f/s; %s%s", l.perSecond(), percentiles(l),
                             l.errors() > 0 ? "; " + l.errors() + " errors" : "");
    }

    private static String percentiles(Latency l) {
        return String.format("p50 %.1f / p95 %.1f / p99 %.1f ms", l.p50Ms(), l.p95Ms(), l.p99Ms());
    }

    private String document(Results r) {
        StringBuilder md = new StringBuilder("# OrderDesk benchmark results\n\n");
        md.append("Command: `").append(r.command()).append("`, started ").append(r.startedAt())
          .append(String.format(", %.0f s in all (apps ready after %.0f s)%n%n", r.totalSeconds(), r.startupSeconds()));
        Machine m = r.machine();
        if (m != null) {
            md.append(String.format("Machine: %s, %d cores, %,d MiB RAM; %s; %s; PostgreSQL: %s (%s; %s); load "
                                    + "average at start: %s%n%n", m.cpu(), m.cores(), m.memoryMiB(), m.os(), m.jdk(),
                                    m.postgres(), m.database(), m.durability(), m.loadAverageAtStart()));
        }
        if (!r.options().commandArgs().isEmpty() || !r.options().queryArgs().isEmpty()) {
            md.append("Extra app arguments: command side ").append(r.options().commandArgs()).append(", query side ")
              .append(r.options().queryArgs()).append("\n\n");
        }
        md.append("| fig. | what | result | ceiling / target | ratio |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append(String.format("| %s | %s | %s | %s | %s |%n", row.figure(), row.what(), row.result(),
                                    row.target(), row.ratio()));
        }
        for (Map.Entry<String, String> e : r.errors().entrySet()) {
            md.append(String.format("%nFigure %s failed: %s%n", e.getKey(), e.getValue()));
        }
        if (r.figure1Commands() != null) {
            md.append("\nFigure 1, database sessions by state or wait event (average over 100 ms samples; "
                      + "Lock:advisory = appends queued behind the append lock):\n\n");
            r.figure1Commands().databaseWaits().forEach((step, waits) ->
                    md.append("- ").append(step).append(": ").append(waits).append("\n"));
            md.append("\nFigure 1, CPU seconds per 1,000 commands by process (the harness is the load generator):\n\n");
            r.figure1Commands().cpuPerThousand().forEach((step, cpu) ->
                    md.append("- ").append(step).append(": ").append(cpu).append("\n"));
        }
        if (r.figure4Replay() != null) {
            md.append("\nRebuild, seconds until each projection was back at the head: ")
              .append(r.figure4Replay().secondsPerProjection()).append("\n");
            md.append("\nRebuild, CPU seconds per 1,000 events in the store by process: ")
              .append(r.figure4Replay().rebuildCpuPerThousandEvents()).append("\n");
        }
        return md.toString();
    }
}
