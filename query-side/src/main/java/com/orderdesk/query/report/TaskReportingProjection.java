package com.orderdesk.query.report;

import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskUnassigned;
import com.orderdesk.query.infra.TextArrays;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The facts the task reports are computed from: when each task was created, first started, last done, how long
 * it has been blocked, its due date and assignees. Version-guarded, so replays change nothing; a reopened task
 * counts as done only when it is done again.
 */
@Component
@ProcessingGroup(TaskReportingProjection.PROCESSING_GROUP)
class TaskReportingProjection {

    static final String PROCESSING_GROUP = "task-reporting";
    private static final String FACTS = "query_side.report_task_fact";

    private final JdbcClient jdbc;

    TaskReportingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskCreated e, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                 INSERT INTO query_side.report_task_fact (task_id, workspace_id, status, created_at, due_at,
                                                          assignee_ids, version)
                 VALUES (?, ?, 'TODO', ?, ?, ?, ?)
                 ON CONFLICT (task_id) DO NOTHING""")
            .params(e.taskId(), e.workspaceId(), java.sql.Timestamp.from(at), timestamp(e.dueAt()),
                    e.assigneeIds().toArray(String[]::new), version)
            .update();
    }

    @EventHandler
    void on(TaskMoved e, @Timestamp Instant at, @SequenceNumber long version) {
        if (!advance(e.taskId(), version)) {
            return;
        }
        java.sql.Timestamp when = java.sql.Timestamp.from(at);
        jdbc.sql("""
                 UPDATE query_side.report_task_fact SET
                     status = ?,
                     first_in_progress_at = CASE WHEN ? = 'IN_PROGRESS' THEN coalesce(first_in_progress_at, ?::timestamptz)
                                                 ELSE first_in_progress_at END,
                     done_at = CASE WHEN ? = 'DONE' THEN ?::timestamptz ELSE NULL END,
                     blocked_seconds = blocked_seconds + CASE WHEN blocked_since IS NULL THEN 0
                                           ELSE floor(extract(epoch FROM ?::timestamptz - blocked_since))::bigint END,
                     blocked_since = CASE WHEN ? = 'BLOCKED' THEN ?::timestamptz ELSE NULL END
                 WHERE task_id = ?""")
            .params(e.to().name(), e.to().name(), when, e.to().name(), when, when,
                    e.to().name(), when, e.taskId())
            .update();
    }

    @EventHandler
    void on(TaskDueDateChanged e, @SequenceNumber long version) {
        if (advance(e.taskId(), version)) {
            jdbc.sql("UPDATE query_side.report_task_fact SET due_at = ? WHERE task_id = ?")
                .params(timestamp(e.dueAt()), e.taskId()).update();
        }
    }

    @EventHandler
    void on(TaskAssigned e, @SequenceNumber long version) {
        if (advance(e.taskId(), version)) {
            TextArrays.add(jdbc, FACTS, "assignee_ids", "task_id", e.taskId(), e.assigneeId());
        }
    }

    @EventHandler
    void on(TaskUnassigned e, @SequenceNumber long version) {
        if (advance(e.taskId(), version)) {
            TextArrays.remove(jdbc, FACTS, "assignee_ids", "task_id", e.taskId(), e.assigneeId());
        }
    }

    @EventHandler
    void on(TaskArchived e, @SequenceNumber long version) {
        if (advance(e.taskId(), version)) {
            jdbc.sql("UPDATE query_side.report_task_fact SET archived = TRUE WHERE task_id = ?")
                .param(e.taskId()).update();
        }
    }

    /** A rebuild starts from empty facts. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query_side.report_task_fact").update();
    }

    private boolean advance(String taskId, long version) {
        return jdbc.sql("UPDATE query_side.report_task_fact SET version = ? WHERE task_id = ? AND version < ?")
                   .params(version, taskId, version).update() == 1;
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}
