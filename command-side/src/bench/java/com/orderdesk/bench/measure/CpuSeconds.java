package com.orderdesk.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) used so far by each process of the system, from {@code /proc/<pid>/stat}: the command
 * side, the query side, every PostgreSQL process (the server's backends, plus what its exited children used,
 * counted by the postmaster) and the harness itself. The difference of two readings over a step, per 1,000
 * commands, is the cost of a command to each process independently of how the shared cores were divided.
 * Linux only; zeros elsewhere.
 */
public record CpuSeconds(double commandSide, double querySide, double postgres, double harness) {

    /** Linux's USER_HZ: /proc reports CPU time in these ticks. */
    private static final double TICKS_PER_SECOND = 100.0;

    public static CpuSeconds now(long commandSidePid, long querySidePid) {
        return new CpuSeconds(process(commandSidePid), process(querySidePid), allPostgres(),
                              process(ProcessHandle.current().pid()));
    }

    public CpuSeconds minus(CpuSeconds earlier) {
        return new CpuSeconds(commandSide - earlier.commandSide, querySide - earlier.querySide,
                              postgres - earlier.postgres, harness - earlier.harness);
    }

    /** "command side 1.2, query side 0.8, PostgreSQL 0.5, harness 0.3" CPU seconds per 1,000 commands. */
    public String perThousand(long commands) {
        double k = commands / 1000.0;
        return commands == 0 ? "no commands" : String.format(
                "command side %.2f, query side %.2f, PostgreSQL %.2f, harness %.2f", commandSide / k, querySide / k,
                postgres / k, harness / k);
    }

    private static double process(long pid) {
        String[] fields = stat(pid);
        return fields == null ? 0 : ticks(fields, 13) + ticks(fields, 14);
    }

    /** Every process named postgres; the postmaster's children fields hold the backends that have exited. */
    private static double allPostgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                            .mapToDouble(p -> {
                                String[] fields = stat(Long.parseLong(p.getFileName().toString()));
                                if (fields == null || !fields[1].equals("(postgres)")) {
                                    return 0;
                                }
                                boolean postmaster = !"(postgres)".equals(parentName(fields));
                                return ticks(fields, 13) + ticks(fields, 14)
                                       + (postmaster ? ticks(fields, 15) + ticks(fields, 16) : 0);
                            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String parentName(String[] fields) {
        String[] parent = stat(Long.parseLong(fields[3]));
        return parent == null ? "" : parent[1];
    }

    private static double ticks(String[] fields, int index) {
        return Long.parseLong(fields[index]) / TICKS_PER_SECOND;
    }

    /** The fields of /proc/pid/stat (0-based as in proc(5) minus one); the name in field 1 has no spaces here. */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int close = line.lastIndexOf(')');
            String name = line.substring(line.indexOf('('), close + 1).replace(' ', '_');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = line.substring(0, line.indexOf(' '));
            fields[1] = name;
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
