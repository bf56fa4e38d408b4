package com.orderdesk.query.report;

/** The rows of each report as CSV: the same figures as its JSON, one row per figure (docs/api.md). */
final class ReportCsvs {

    private ReportCsvs() {
    }

    static String orders(OrderReport r) {
        ReportCsv csv = new ReportCsv("section", "key", "currency", "orders", "quantity", "value", "rate",
                                      "average_hours", "p90_hours");
        r.byPeriod().forEach(p -> csv.row("period", "key", p.period(), "currency", p.currency(),
                                          "orders", p.orders(), "value", p.value()));
        r.byChannel().forEach(c -> csv.row("channel", "key", c.channel(), "currency", c.currency(),
                                           "orders", c.orders(), "value", c.value()));
        r.byStatus().forEach(s -> csv.row("status", "key", s.status(), "orders", s.orders()));
        csv.row("flow", "key", "placed", "orders", r.flow().placed())
           .row("flow", "key", "cancelled", "orders", r.flow().cancelled())
           .row("flow", "key", "completed", "orders", r.flow().completed());
        duration(csv, "recorded_to_shipped", r.recordedToShipped());
        duration(csv, "shipped_to_delivered", r.shippedToDelivered());
        csv.row("after_sales", "key", "all", "orders", r.afterSales().orders(), "rate", r.afterSales().rate());
        r.afterSales().byKind().forEach(k -> csv.row("after_sales", "key", k.kind(), "orders", k.orders()));
        r.topSkusByQuantity().forEach(s -> sku(csv, "top_sku_by_quantity", s));
        r.topSkusByValue().forEach(s -> sku(csv, "top_sku_by_value", s));
        return csv.text();
    }

    static String tasks(TaskReport r) {
        ReportCsv csv = new ReportCsv("section", "key", "name", "created", "completed", "open", "tasks", "hours",
                                      "average_hours", "p90_hours");
        r.createdAndCompleted().forEach(d -> csv.row("day", "key", d.day(), "created", d.created(),
                                                     "completed", d.completed()));
        csv.row("cycle_time", "tasks", r.cycleTime().orders(), "average_hours", r.cycleTime().averageHours(),
                "p90_hours", r.cycleTime().p90Hours())
           .row("overdue_now", "tasks", r.overdueNow())
           .row("blocked_now", "tasks", r.blockedNow())
           .row("blocked_hours", "hours", r.blockedHours());
        r.workload().forEach(w -> csv.row("workload", "key", w.accountId(), "name", w.displayName(), "open", w.open(),
                                          "completed", w.completedInRange()));
        return csv.text();
    }

    static String operations(OperationsReport r) {
        ReportCsv csv = new ReportCsv("section", "key", "name", "role", "status", "members", "logins",
                                      "failed_logins", "refused_logins", "lockouts", "last_login_at");
        r.membersNow().forEach(m -> csv.row("members_now", "key", m.role(), "members", m.members()));
        csv.row("invited_now", "members", r.invitedNow());
        OperationsReport.Totals t = r.totals();
        csv.row("totals", "members", r.activeMembersInRange(), "logins", t.logins(), "failed_logins", t.failedLogins(),
                "refused_logins", t.refusedLogins(), "lockouts", t.lockouts());
        r.byDay().forEach(d -> csv.row("day", "key", d.day(), "members", d.members(), "logins", d.logins(),
                                       "failed_logins", d.failedLogins(), "refused_logins", d.refusedLogins(),
                                       "lockouts", d.lockouts()));
        r.activeMembers().forEach(m -> csv.row("active_member", "key", m.accountId(), "name", m.displayName(),
                                               "role", m.role(), "status", m.status(), "logins", m.logins(),
                                               "last_login_at", m.lastLoginAt()));
        return csv.text();
    }

    private static void duration(ReportCsv csv, String key, OrderReport.Duration d) {
        csv.row("duration", "key", key, "orders", d.orders(), "average_hours", d.averageHours(),
                "p90_hours", d.p90Hours());
    }

    private static void sku(ReportCsv csv, String section, OrderReport.SkuRow s) {
        csv.row(section, "key", s.sku(), "currency", s.currency(), "quantity", s.quantity(), "value", s.value());
    }
}
