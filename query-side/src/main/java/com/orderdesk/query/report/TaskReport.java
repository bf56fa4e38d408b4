package com.orderdesk.query.report;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Task statistics of a workspace for a date range in a time zone; durations in hours. */
public record TaskReport(String zone, LocalDate from, LocalDate to, List<DayRow> createdAndCompleted,
                         OrderReport.Duration cycleTime, long overdueNow, long blockedNow, double blockedHours,
                         List<WorkloadRow> workload) {

    /** Tasks created and completed on a day (a day without either is left out). */
    @Schema(name = "TaskReportDayRow") // another report has a DayRow too: one schema name each
    public record DayRow(LocalDate day, long created, long completed) {
    }

    /** One assignee: open tasks now, and tasks completed in the range. */
    public record WorkloadRow(String accountId, String displayName, long open, long completedInRange) {
    }
}
