package com.orderdesk.query.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Time-driven reminders: every scan tells each watcher of an open task that is due within 24 h, or past due,
 * once per due date. Nothing is held in memory: the scan reads the notification projection's task table and
 * the inbox's unique source keys ({@code due-soon:<task>:<due>}, {@code overdue:<task>:<due>}) make repeated
 * scans, restarts and several query-side instances harmless. A reminder missed while the service was down
 * comes with the first scan after start; a new due date arms new reminders.
 */
@Component
class TaskReminders {

    static final Duration DUE_SOON = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final InboxLive live;
    private final Clock clock;

    TaskReminders(JdbcClient jdbc, InboxLive live, Clock clock) {
        this.jdbc = jdbc;
        this.live = live;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${orderdesk.notifications.reminder-initial-delay:PT10S}",
               fixedDelayString = "${orderdesk.notifications.reminder-interval:PT1M}")
    void scheduledScan() {
        scan();
    }

    /** Writes the reminders that are due now; answers how many it wrote. */
    int scan() {
        Instant now = clock.instant();
        List<Written> written = jdbc.sql("""
                INSERT INTO query_side.notification (recipient_id, source_key, kind, workspace_id, task_id, subject,
                                                     detail, created_at)
                SELECT w.watcher_id,
                       (CASE WHEN t.due_at <= :now THEN 'overdue:' ELSE 'due-soon:' END)
                           || t.task_id || ':' || floor(extract(epoch FROM t.due_at) * 1000)::bigint,
                       CASE WHEN t.due_at <= :now THEN 'TASK_OVERDUE' ELSE 'TASK_DUE_SOON' END,
                       t.workspace_id, t.task_id, t.title,
                       'Due ' || to_char(t.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), :now
                FROM query_side.notification_task t
                CROSS JOIN LATERAL unnest(t.watcher_ids) AS w(watcher_id)
                WHERE t.due_at IS NOT NULL AND NOT t.archived AND t.status <> 'DONE' AND t.due_at <= :horizon
                ON CONFLICT (recipient_id, source_key) DO NOTHING
                RETURNING recipient_id, source_key""")
                                  .param("now", Timestamp.from(now))
                                  .param("horizon", Timestamp.from(now.plus(DUE_SOON)))
                                  .query((rs, n) -> new Written(rs.getString(1), rs.getString(2)))
                                  .list();
        written.forEach(w -> live.added(w.recipientId(), w.sourceKey()));
        return written.size();
    }

    private record Written(String recipientId, String sourceKey) {
    }
}
