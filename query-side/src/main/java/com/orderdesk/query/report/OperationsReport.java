package com.orderdesk.query.report;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who works in a workspace and how they sign in, for a date range in a time zone: members now (by role), the
 * members who signed in during the range, sign-ins, failed and refused sign-ins and lockouts per day and in total.
 */
public record OperationsReport(String zone, LocalDate from, LocalDate to, List<RoleRow> membersNow,
                               long invitedNow, long activeMembersInRange, Totals totals, List<DayRow> byDay,
                               List<MemberRow> activeMembers) {

    /** Active members now with this role. */
    public record RoleRow(String role, long members) {
    }

    /**
     * Counts in the range: successful sign-ins, wrong passwords, sign-ins refused whatever the password (locked,
     * invited, removed or closed account) and lockouts.
     */
    public record Totals(long logins, long failedLogins, long refusedLogins, long lockouts) {
    }

    /** One day in the zone with any sign-in activity; {@code members} signed in successfully that day. */
    @Schema(name = "OperationsReportDayRow") // another report has a DayRow too: one schema name each
    public record DayRow(LocalDate day, long logins, long members, long failedLogins, long refusedLogins,
                         long lockouts) {
    }

    /** A member who signed in during the range, with their role and status now. */
    public record MemberRow(String accountId, String displayName, String role, String status, long logins,
                            Instant lastLoginAt) {
    }
}
