package com.orderdesk.query.report;

import com.orderdesk.events.account.AccountDeactivated;
import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.account.Role;
import com.orderdesk.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The operations report's buckets on a real PostgreSQL: members now, sign-ins per day in the zone, lockouts. */
class OperationsReportReadsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);
    private static final LocalDate NOV_21 = LocalDate.of(2026, 11, 21);
    private static final LocalDate NOV_22 = LocalDate.of(2026, 11, 22);

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final OperationsReportingProjection projection = new OperationsReportingProjection(jdbc);
    private final OperationsReportReads reports = new OperationsReportReads(jdbc);
    private String workspace;
    private String owner;
    private String bob;

    @BeforeEach
    void setUp() {
        workspace = "w-" + UUID.randomUUID();
        owner = "owner-" + workspace;
        bob = "bob-" + workspace;
        projection.on(new AccountRegistered(owner, workspace, Role.OWNER, "alice", "+8613800000001", "Alice"));
        projection.on(new MemberInvited(bob, workspace, Role.COLLABORATOR, "bob", "+8613800000002", "Bob", owner,
                                        Instant.parse("2026-11-30T00:00:00Z")));
        projection.on(new InvitationAccepted(bob, workspace));
    }

    @Test
    void signInsFallOnTheDayOfTheZoneAsked() {
        // 16:30Z on the 20th is already the 21st in Shanghai; 16:00Z on the 21st is the 22nd there.
        login(owner, "2026-11-20T16:30:00Z");
        login(owner, "2026-11-21T15:59:59Z");
        login(bob, "2026-11-21T16:00:00Z");
        failed(bob, "2026-11-21T03:00:00Z");

        OperationsReport shanghai = reports.report(workspace, NOV_21, NOV_21, SHANGHAI);
        OperationsReport utc = reports.report(workspace, NOV_21, NOV_21, UTC);

        assertThat(shanghai.byDay()).extracting(OperationsReport.DayRow::day, OperationsReport.DayRow::logins,
                                                OperationsReport.DayRow::members,
                                                OperationsReport.DayRow::failedLogins)
                                    .containsExactly(tuple(NOV_21, 2L, 1L, 1L));
        assertThat(shanghai.activeMembers()).extracting(OperationsReport.MemberRow::accountId,
                                                        OperationsReport.MemberRow::logins,
                                                        OperationsReport.MemberRow::lastLoginAt)
                                            .containsExactly(tuple(owner, 2L, Instant.parse("2026-11-21T15:59:59Z")));
        assertThat(utc.byDay()).extracting(OperationsReport.DayRow::day, OperationsReport.DayRow::logins,
                                           OperationsReport.DayRow::members)
                               .containsExactly(tuple(NOV_21, 2L, 2L));
        assertThat(utc.activeMembersInRange()).isEqualTo(2);
        OperationsReport both = reports.report(workspace, NOV_20, NOV_22, SHANGHAI);
        assertThat(both.byDay()).extracting(OperationsReport.DayRow::day, OperationsReport.DayRow::logins)
                                .containsExactly(tuple(NOV_21, 2L), tuple(NOV_22, 1L));
        assertThat(both.totals()).isEqualTo(new OperationsReport.Totals(3, 1, 0, 0));
    }

    @Test
    void failuresRefusalsAndLockoutsAreCountedOnceAndOnlyForTheWorkspace() {
        for (int i = 1; i <= 5; i++) {
            failed(bob, "2026-11-21T0" + i + ":00:00Z");
        }
        projection.on(new AccountLocked(bob, Instant.parse("2026-11-21T05:15:00Z"), 5),
                      Instant.parse("2026-11-21T05:00:00Z"), id("locked", bob));
        projection.on(new LoginRefused(bob, "203.0.113.7", "ua", "locked"), Instant.parse("2026-11-21T05:01:00Z"),
                      id("refused", bob));
        projection.on(new LoginRefused(bob, "203.0.113.7", "ua", "locked"), Instant.parse("2026-11-21T05:01:00Z"),
                      id("refused", bob)); // the same event again (a replay) counts once
        String stranger = "stranger-" + workspace; // another workspace's member
        projection.on(new AccountRegistered(stranger, "other-" + workspace, Role.OWNER, "s", "+8613800000003", "S"));
        projection.on(new LoginFailed(stranger, "203.0.113.9", "ua", 1), Instant.parse("2026-11-21T06:00:00Z"),
                      id("failed", stranger));
        String admin = "admin-" + workspace; // the platform admin belongs to no workspace
        projection.on(new AccountRegistered(admin, null, Role.ADMIN, "root", "+8613800000004", "Root"));
        projection.on(new LoginSucceeded(admin, "203.0.113.1", "ua", false, false, false),
                      Instant.parse("2026-11-21T06:00:00Z"), id("login", admin));

        OperationsReport report = reports.report(workspace, NOV_21, NOV_21, UTC);

        assertThat(report.totals()).isEqualTo(new OperationsReport.Totals(0, 5, 1, 1));
        assertThat(report.byDay()).extracting(OperationsReport.DayRow::failedLogins,
                                              OperationsReport.DayRow::refusedLogins, OperationsReport.DayRow::lockouts,
                                              OperationsReport.DayRow::members)
                                  .containsExactly(tuple(5L, 1L, 1L, 0L));
        assertThat(report.activeMembers()).isEmpty();
    }

    @Test
    void membersNowFollowRoleChangesRemovalsAndClosedAccounts() {
        String carol = "carol-" + workspace;
        String dave = "dave-" + workspace;
        String erin = "erin-" + workspace;
        projection.on(new MemberInvited(carol, workspace, Role.COLLABORATOR, "carol", "+8613800000005", "Carol", owner,
                                        Instant.parse("2026-11-30T00:00:00Z")));
        projection.on(new InvitationAccepted(carol, workspace));
        projection.on(new MemberRoleChanged(carol, workspace, Role.COLLABORATOR, Role.AUDITOR));
        projection.on(new MemberInvited(dave, workspace, Role.AUDITOR, "dave", "+8613800000006", "Dave", owner,
                                        Instant.parse("2026-11-30T00:00:00Z"))); // not accepted yet
        projection.on(new MemberInvited(erin, workspace, Role.COLLABORATOR, "erin", "+8613800000007", "Erin", owner,
                                        Instant.parse("2026-11-30T00:00:00Z")));
        projection.on(new InvitationAccepted(erin, workspace));
        login(erin, "2026-11-21T08:00:00Z");
        projection.on(new MemberRemoved(erin, workspace));
        projection.on(new AccountDeactivated(bob));
        jdbc.sql("""
                 INSERT INTO query_side.account (account_id, workspace_id, role, status, username, mobile, display_name,
                                                 registered_at)
                 VALUES (?, ?, 'COLLABORATOR', 'REMOVED', 'erin', '+8613800000007', 'Erin Wu', now())""")
            .params(erin, workspace).update();

        OperationsReport report = reports.report(workspace, NOV_21, NOV_21, UTC);

        assertThat(report.membersNow()).extracting(OperationsReport.RoleRow::role, OperationsReport.RoleRow::members)
                                       .containsExactly(tuple("AUDITOR", 1L), tuple("OWNER", 1L));
        assertThat(report.invitedNow()).isEqualTo(1);
        assertThat(report.activeMembers()).as("signed in during the range, though removed since")
                                          .extracting(OperationsReport.MemberRow::displayName,
                                                      OperationsReport.MemberRow::role,
                                                      OperationsReport.MemberRow::status)
                                          .containsExactly(tuple("Erin Wu", "COLLABORATOR", "REMOVED"));
    }

    @Test
    void csvHasTheSameFiguresAsTheJson() {
        login(owner, "2026-11-20T16:30:00Z");
        failed(bob, "2026-11-20T17:00:00Z");

        String csv = ReportCsvs.operations(reports.report(workspace, NOV_21, NOV_21, SHANGHAI));

        assertThat(csv).isEqualTo(
                "section,key,name,role,status,members,logins,failed_logins,refused_logins,lockouts,last_login_at\r\n"
                + "members_now,COLLABORATOR,,,,1,,,,,\r\n"
                + "members_now,OWNER,,,,1,,,,,\r\n"
                + "invited_now,,,,,0,,,,,\r\n"
                + "totals,,,,,1,1,1,0,0,\r\n"
                + "day,2026-11-21,,,,1,1,1,0,0,\r\n"
                + "active_member," + owner + ",,OWNER,ACTIVE,,1,,,,2026-11-20T16:30:00Z\r\n");
    }

    /** An event id (at most 64 characters), the same for the same event. */
    private static String id(String kind, String subject) {
        return UUID.nameUUIDFromBytes((kind + subject).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private void login(String accountId, String at) {
        projection.on(new LoginSucceeded(accountId, "203.0.113.7", "ua", false, false, false), Instant.parse(at),
                      id("login", accountId + at));
    }

    private void failed(String accountId, String at) {
        projection.on(new LoginFailed(accountId, "203.0.113.7", "ua", 1), Instant.parse(at),
                      id("failed", accountId + at));
    }
}
