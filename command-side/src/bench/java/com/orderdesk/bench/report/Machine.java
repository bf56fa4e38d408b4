package com.orderdesk.bench.report;

import com.orderdesk.bench.harness.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** What the figures were measured on. */
public record Machine(String cpu, int cores, long memoryMiB, String os, String jdk, String postgres,
                      String database, String durability, String loadAverageAtStart) {

    public static Machine describe(Database database, String loadAverageAtStart) throws SQLException {
        return new Machine(procLine("/proc/cpuinfo", "model name"), Runtime.getRuntime().availableProcessors(),
                           memTotalKb() / 1024,
                           System.getProperty("os.name") + " " + System.getProperty("os.version"),
                           System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                           database.queryString("SELECT version()"),
                           database.embedded() ? "embedded (zonky), started by the command side" : "external",
                           durability(database), loadAverageAtStart);
    }

    /** The settings that decide what a commit costs: the command throughput and its ceiling are measured under them. */
    private static String durability(Database database) throws SQLException {
        return database.queryString("SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings "
                                    + "WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', "
                                    + "'wal_sync_method', 'commit_delay')");
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long memTotalKb() {
        String line = procLine("/proc/meminfo", "MemTotal");
        return line.equals("unknown") ? -1 : Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
