package com.orderdesk.command.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * What was erased or expired, when and why, and what is due (ADMIN): read from the key table, whose rows
 * without a secret are the record of every destroyed key, and from the pending erasures.
 */
@RestController
@Validated
class PrivacyReportController {

    private final JdbcClient jdbc;

    PrivacyReportController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lists destroyed subject keys and the erasures still due (admin). */
    @GetMapping("/api/admin/privacy/erasures")
    PrivacyReport report(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<Destroyed> destroyed = jdbc.sql("""
                                             SELECT subject_id, destroyed_at, reason FROM event_store.data_subject_key
                                             WHERE destroyed_at IS NOT NULL ORDER BY destroyed_at DESC LIMIT ?""")
                                        .param(limit)
                                        .query((rs, n) -> new Destroyed(rs.getString(1),
                                                                        rs.getTimestamp(2).toInstant(),
                                                                        rs.getString(3)))
                                        .list();
        List<Pending> pending = jdbc.sql("""
                                         SELECT kind, aggregate_id, due_at, reason FROM command_side.pending_erasure
                                         ORDER BY due_at LIMIT ?""")
                                    .param(limit)
                                    .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2),
                                                                  rs.getTimestamp(3).toInstant(), rs.getString(4)))
                                    .list();
        return new PrivacyReport(destroyed, pending);
    }

    /** A destroyed key: {@code account:<id>}, {@code customer:<order id>} or {@code device:<day>}. */
    record Destroyed(String subject, Instant at, String reason) {
    }

    record Pending(String kind, String id, Instant dueAt, String reason) {
    }

    record PrivacyReport(List<Destroyed> erasedOrExpired, List<Pending> due) {
    }
}
