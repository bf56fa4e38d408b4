package com.orderdesk.query.report;

import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriority;
import com.orderdesk.events.task.TaskStatus;
import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.infra.DeltaFolding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The task report's figures on a real PostgreSQL: days in the zone, cycle time, blocked time, workload; read from
 * the day figures (the workspace's zone, UTC here) and from the facts (any other zone) alike.
 */
class TaskReportReadsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant T0 = Instant.parse("2026-11-21T01:00:00Z"); // the 21st in UTC and Shanghai

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final TaskReportingProjection projection = new TaskReportingProjection(jdbc);
    private final TaskReportReads reports = new TaskReportReads(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
    private String workspace;

    @BeforeEach
    void setUp() {
        workspace = "w-" + UUID.randomUUID();
    }

    @Test
    void cycleTimeBlockedTimeOverdueAndWorkloadFollowTheMoves() {
        String a = task("a", List.of("bob"), null);
        String b = task("b", List.of("bob", "carol"), Instant.parse("2026-11-22T00:00:00Z"));
        String c = task("c", List.of("carol"), null);
        move(a, TaskStatus.IN_PROGRESS, T0.plusSeconds(3600), 1);
        move(a, TaskStatus.BLOCKED, T0.plusSeconds(2 * 3600), 2);
        move(a, TaskStatus.IN_PROGRESS, T0.plusSeconds(5 * 3600), 3);
        move(a, TaskStatus.DONE, T0.plusSeconds(11 * 3600), 4);
        move(a, TaskStatus.DONE, T0.plusSeconds(99 * 3600), 4); // a replay changes nothing
        move(c, TaskStatus.IN_PROGRESS, T0.plusSeconds(3600), 1);
        move(c, TaskStatus.DONE, T0.plusSeconds(25 * 3600), 2); // the 22nd
        projection.on(new TaskArchived(c, workspace), 3);
        projection.on(new TaskAssigned(b, workspace, "dave"), 1);

        TaskReport report = reports.report(workspace, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22),
                                           ZoneId.of("UTC"));

        assertThat(report.createdAndCompleted()).extracting(TaskReport.DayRow::day, TaskReport.DayRow::created,
                                                            TaskReport.DayRow::completed)
                                                .containsExactly(tuple(LocalDate.of(2026, 11, 21), 3L, 1L),
                                                                 tuple(LocalDate.of(2026, 11, 22), 0L, 1L));
        assertThat(report.cycleTime().orders()).isEqualTo(2);
        assertThat(report.cycleTime().averageHours()).isEqualTo(17.0); // 10 h and 24 h
        assertThat(report.cycleTime().p90Hours()).isCloseTo(22.6, within(1e-9));
        assertThat(report.blockedHours()).isEqualTo(3.0);
        assertThat(report.overdueNow()).as("b was due on the 22nd and is not done").isEqualTo(1);
        assertThat(report.workload()).extracting(TaskReport.WorkloadRow::accountId, TaskReport.WorkloadRow::open,
                                                 TaskReport.WorkloadRow::completedInRange)
                                     .containsExactly(tuple("bob", 1L, 1L), tuple("carol", 1L, 1L),
                                                      tuple("dave", 1L, 0L));
    }

    @Test
    void aReopenedTaskCountsAsDoneOnlyWhenDoneAgain() {
        String a = task("a", List.of(), null);
        move(a, TaskStatus.DONE, T0.plusSeconds(3600), 1);
        move(a, TaskStatus.TODO, T0.plusSeconds(7200), 2);

        TaskReport report = reports.report(workspace, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21),
                                           ZoneId.of("Asia/Shanghai"));

        assertThat(report.createdAndCompleted()).extracting(TaskReport.DayRow::completed).containsExactly(0L);
    }

    @Test
    void theDayFiguresAgreeWithTheFactsThroughMovesBlocksAssignmentsFoldsAndChangesOfZone() {
        setZone("Asia/Shanghai"); // first, so that the triggers keep the days the report reads
        Instant start = Instant.parse("2026-10-01T00:00:00Z");
        String[] people = {"bob", "carol", "dave"};
        for (int i = 0; i < 40; i++) {
            String id = "t" + i + "-" + workspace;
            Instant created = start.plusSeconds(i * 87_737L);
            projection.on(new TaskCreated(id, workspace, "alice", "t" + i, null, null, TaskPriority.NORMAL,
                                          i % 2 == 0 ? created.plusSeconds(86_400L * (i % 9)) : null, List.of(),
                                          List.of(people[i % 3])), created, 0);
            long version = 0;
            if (i % 5 != 0) {
                move(id, TaskStatus.IN_PROGRESS, created.plusSeconds(600L + i), ++version);
            }
            if (i % 3 == 0) {
                move(id, TaskStatus.BLOCKED, created.plusSeconds(3_600L * (1 + i % 4)), ++version);
            }
            if (i % 4 == 1) {
                projection.on(new TaskAssigned(id, workspace, people[(i + 1) % 3]), ++version);
            }
            if (i % 2 == 1) {
                move(id, TaskStatus.DONE, created.plusSeconds(3_600L * (5 + i % 30) + i), ++version);
            }
            if (i % 7 == 3) {
                projection.on(new TaskArchived(id, workspace), ++version);
            }
        }
        LocalDate from = LocalDate.of(2026, 10, 5);
        LocalDate to = LocalDate.of(2026, 10, 31);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        TaskReport fromUnfoldedDays = reports.report(workspace, from, to, shanghai);
        new DeltaFolding(jdbc).fold();
        TaskReport fromDays = reports.report(workspace, from, to, shanghai);
        setZone("America/New_York"); // days recounted in New York: Shanghai's figures now come from the facts
        TaskReport fromFacts = reports.report(workspace, from, to, shanghai);

        assertThat(fromDays.createdAndCompleted()).hasSizeGreaterThan(20);
        assertThat(fromDays.cycleTime().orders()).isPositive();
        assertThat(fromDays.blockedHours()).isPositive();
        assertThat(fromDays.workload()).hasSize(3);
        assertThat(fromUnfoldedDays).isEqualTo(fromDays);
        assertThat(fromFacts).isEqualTo(fromDays);
    }

    private void setZone(String zone) {
        jdbc.sql("""
                 INSERT INTO query_side.workspace (workspace_id, name, owner_account_id, opened_at, time_zone)
                 VALUES (?, 'Shop', 'owner', now(), ?)
                 ON CONFLICT (workspace_id) DO UPDATE SET time_zone = excluded.time_zone""")
            .params(workspace, zone).update();
    }

    private String task(String name, List<String> assignees, Instant dueAt) {
        String id = name + "-" + workspace;
        projection.on(new TaskCreated(id, workspace, "alice", name, null, null, TaskPriority.NORMAL, dueAt, List.of(),
                                      assignees), T0, 0);
        return id;
    }

    private void move(String id, TaskStatus to, Instant at, long version) {
        projection.on(new TaskMoved(id, workspace, null, to, to == TaskStatus.BLOCKED ? "waiting" : null), at,
                      version);
    }
}
