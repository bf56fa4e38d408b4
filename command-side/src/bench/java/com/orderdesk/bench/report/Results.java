package com.orderdesk.bench.report;

import com.orderdesk.bench.aggregates.AggregateLoad;
import com.orderdesk.bench.ceiling.InsertCeiling;
import com.orderdesk.bench.commands.CommandThroughput;
import com.orderdesk.bench.harness.BenchOptions;
import com.orderdesk.bench.imports.ImportWait;
import com.orderdesk.bench.lag.ProjectionLag;
import com.orderdesk.bench.memory.MemorySampler;
import com.orderdesk.bench.queries.QueryLatency;
import com.orderdesk.bench.replay.Replay;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything one run measured (a figure is null when it failed; {@code errors} says why). Written as results.json. */
public record Results(String command, Instant startedAt, double totalSeconds, Machine machine, BenchOptions options,
                      double startupSeconds,
                      CommandThroughput.Figure figure1Commands,
                      InsertCeiling.Figure figure2InsertCeiling,
                      ProjectionLag.Figure figure3ProjectionLag,
                      Replay.Figure figure4Replay,
                      QueryLatency.Figure figure5Queries,
                      AggregateLoad.Figure figure6AggregateLoad,
                      List<MemorySampler.Peak> figure7Memory,
                      ImportWait.Figure figure8ImportWait,
                      Map<String, String> errors) {
}
