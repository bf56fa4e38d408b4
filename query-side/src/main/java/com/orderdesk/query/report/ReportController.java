package com.orderdesk.query.report;

import com.orderdesk.query.security.Actor;
import com.orderdesk.query.web.BadParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Reports for owners and auditors of the workspace. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final long MAX_DAYS = 731;
    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    private final OrderReports orders;
    private final TaskReports tasks;

    ReportController(OrderReports orders, TaskReports tasks) {
        this.orders = orders;
        this.tasks = tasks;
    }

    /**
     * Orders placed from {@code from} to {@code to} (inclusive dates in {@code zone}, an IANA time zone id), cut
     * into DAY, WEEK or MONTH periods.
     */
    @GetMapping("/orders")
    OrderReport orders(@AuthenticationPrincipal Jwt token,
                       @RequestParam LocalDate from,
                       @RequestParam LocalDate to,
                       @RequestParam(defaultValue = "UTC") String zone,
                       @RequestParam(defaultValue = "DAY") OrderReports.Granularity granularity) {
        checkRange(from, to);
        return orders.report(Actor.of(token).workspaceId(), from, to, zoneOf(zone), granularity);
    }

    /** Tasks created and completed per day, cycle times, overdue and blocked tasks, and workload per assignee. */
    @GetMapping("/tasks")
    TaskReport tasks(@AuthenticationPrincipal Jwt token,
                     @RequestParam LocalDate from,
                     @RequestParam LocalDate to,
                     @RequestParam(defaultValue = "UTC") String zone) {
        checkRange(from, to);
        return tasks.report(Actor.of(token).workspaceId(), from, to, zoneOf(zone));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST) || to.isBefore(from)
            || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BadParameter("from and to must be ordered, between 1970 and 9999, at most " + MAX_DAYS
                                   + " days apart");
        }
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new BadParameter("Unknown time zone: use an IANA id such as Asia/Shanghai");
        }
    }
}
