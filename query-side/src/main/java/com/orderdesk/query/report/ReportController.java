package com.orderdesk.query.report;

import com.orderdesk.query.web.BadParameter;
import com.orderdesk.web.caller.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reports for owners and auditors of the workspace. Days follow {@code zone} when given, else the workspace's time
 * zone (UTC until its owner sets one). {@code format=csv} answers the same figures as a CSV download.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final long MAX_DAYS = 731;
    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OrderReportReads orders;
    private final TaskReportReads tasks;
    private final OperationsReportReads operations;
    private final WorkspaceZoneReads zones;

    ReportController(OrderReportReads orders, TaskReportReads tasks, OperationsReportReads operations, WorkspaceZoneReads zones) {
        this.orders = orders;
        this.tasks = tasks;
        this.operations = operations;
        this.zones = zones;
    }

    /**
     * Reports the workspace's orders in a date range: per period, channel and status, lead times, after-sales and
     * top SKUs.
     * <p>
     * Orders placed from {@code from} to {@code to} (inclusive dates in the zone, an IANA time zone id), cut into
     * DAY, WEEK or MONTH periods.
     */
    @GetMapping("/orders")
    ResponseEntity<?> orders(Actor actor,
                             @RequestParam LocalDate from,
                             @RequestParam LocalDate to,
                             @RequestParam(required = false) String zone,
                             @RequestParam(defaultValue = "DAY") OrderReportReads.Granularity granularity,
                             @RequestParam(defaultValue = "json") String format) {
        String workspaceId = actor.workspaceId();
        checkRange(from, to);
        return answer(format, "orders", from, to, ReportCsvs::orders,
                      () -> orders.report(workspaceId, from, to, zoneOf(zone, workspaceId), granularity));
    }

    /**
     * Reports the workspace's tasks in a date range: created and completed per day, cycle times, overdue and
     * blocked tasks, and workload per assignee.
     */
    @GetMapping("/tasks")
    ResponseEntity<?> tasks(Actor actor,
                            @RequestParam LocalDate from,
                            @RequestParam LocalDate to,
                            @RequestParam(required = false) String zone,
                            @RequestParam(defaultValue = "json") String format) {
        String workspaceId = actor.workspaceId();
        checkRange(from, to);
        return answer(format, "tasks", from, to, ReportCsvs::tasks,
                      () -> tasks.report(workspaceId, from, to, zoneOf(zone, workspaceId)));
    }

    /**
     * Reports the workspace's members and sign-ins in a date range: members now, sign-ins per day, failed and
     * refused sign-ins and lockouts.
     */
    @GetMapping("/operations")
    ResponseEntity<?> operations(Actor actor,
                                 @RequestParam LocalDate from,
                                 @RequestParam LocalDate to,
                                 @RequestParam(required = false) String zone,
                                 @RequestParam(defaultValue = "json") String format) {
        String workspaceId = actor.workspaceId();
        checkRange(from, to);
        return answer(format, "operations", from, to, ReportCsvs::operations,
                      () -> operations.report(workspaceId, from, to, zoneOf(zone, workspaceId)));
    }

    private static <R> ResponseEntity<?> answer(String format, String name, LocalDate from, LocalDate to,
                                                Function<R, String> asCsv, Supplier<R> report) {
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.get());
            case "csv" -> ResponseEntity.ok().contentType(CSV)
                                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                                                + "-report_" + from + "_" + to + ".csv\"")
                                        .body(asCsv.apply(report.get()).getBytes(StandardCharsets.UTF_8));
            default -> throw new BadParameter("format must be json or csv");
        };
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST) || to.isBefore(from)
            || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BadParameter("from and to must be ordered, between 1970 and 9999, at most " + MAX_DAYS
                                   + " days apart");
        }
    }

    private ZoneId zoneOf(String zone, String workspaceId) {
        if (zone == null) {
            return zones.of(workspaceId);
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new BadParameter("Unknown time zone: use an IANA id such as Asia/Shanghai");
        }
    }
}
