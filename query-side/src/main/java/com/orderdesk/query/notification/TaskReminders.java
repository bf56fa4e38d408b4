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
 * Time-driven reminders: a scan tells each watcher of an open task that is due within 24 h, or past due, once
 * per due date. Nothing is held in memory: the scan reads the notification projection's task table, marks there
 * which due date it reminded of, and the inbox's unique source keys ({@code due-soon:<task>:<due>},
 * {@code overdue:<task>:<due>}) make concurrent scans from several instances harmless. A reminder missed while
 * the service was down comes with the first scan after start; a new due date arms new reminders.
 * <p>
 * The scan only runs while the notification projection is caught up (so it never reminds of a task that is
 * already done but not yet projected) and skips tasks whose events wait in the dead-letter queue.
 */
@Component
class TaskReminders {

    static final Duration DUE_SOON = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final InboxLiveUpdates live;
    private final Clock clock;
    private final NotificationsProgress progress;

    TaskReminders(JdbcClient jdbc, InboxLiveUpdates live, Clock clock, NotificationsProgress progress) {
        this.jdbc = jdbc;
        this.live = live;
        this.clock = clock;
        this.progress = progress;
    }

    @Scheduled(initialDelayString = "${orderdesk.notifications.reminder-initial-delay:PT10S}",
               fixedDelayString = "${orderdesk.notifications.reminder-interval:PT1M}")
    void scheduledScan() {
        scan();
    }

    /** Writes the reminders that are due now; answers how many it wrote (none while the projection lags). */
    int scan() {
        if (!progress.caughtUp()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Written> written = jdbc.sql("""
                WITH due AS (
                    UPDATE query_side.notification_task t
                    SET overdue_reminded_for = CASE WHEN t.due_at <= :now THEN t.due_at
                                                    ELSE t.overdue_reminded_for END,
                        due_soon_reminded_for = CASE WHEN t.due_at > :now THEN t.due_at
                                                     ELSE t.due_soon_reminded_for END
                    WHERE t.due_at IS NOT NULL AND NOT t.archived AND t.status <> 'DONE' AND t.due_at <= :horizon
                      AND CASE WHEN t.due_at <= :now THEN t.overdue_reminded_for IS DISTINCT FROM t.due_at
                               ELSE t.due_soon_reminded_for IS DISTINCT FROM t.due_at END
                      AND NOT EXISTS (SELECT 1 FROM query_side.dead_letter_entry d
                                      WHERE d.processing_group = 'notifications'
                                        AND d.sequence_identifier = t.task_id)
                    RETURNING t.task_id, t.workspace_id, t.title, t.due_at, t.watcher_ids
                )
                INSERT INTO query_side.notification (recipient_id, source_key, kind, workspace_id, task_id, subject,
                                                     detail, created_at)
                SELECT w.watcher_id,
                       (CASE WHEN due.due_at <= :now THEN 'overdue:' ELSE 'due-soon:' END)
                           || due.task_id || ':' || floor(extract(epoch FROM due.due_at) * 1000)::bigint,
                       CASE WHEN due.due_at <= :now THEN 'TASK_OVERDUE' ELSE 'TASK_DUE_SOON' END,
                       due.workspace_id, due.task_id, due.title,
                       'Due ' || to_char(due.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), :now
                FROM due CROSS JOIN LATERAL unnest(due.watcher_ids) AS w(watcher_id)
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
