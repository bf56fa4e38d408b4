-- Facts for the task reports (projection "task-reporting"): one row per task with the moments that cycle time
-- and blocked time are computed from.
CREATE TABLE query_side.report_task_fact (
    task_id              VARCHAR(64) NOT NULL,
    workspace_id         VARCHAR(64) NOT NULL,
    status               VARCHAR(16) NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    first_in_progress_at TIMESTAMPTZ,
    done_at              TIMESTAMPTZ,
    due_at               TIMESTAMPTZ,
    blocked_since        TIMESTAMPTZ,
    blocked_seconds      BIGINT      NOT NULL DEFAULT 0,
    assignee_ids         TEXT[]      NOT NULL DEFAULT '{}',
    archived             BOOLEAN     NOT NULL DEFAULT FALSE,
    version              BIGINT      NOT NULL,
    CONSTRAINT report_task_fact_pk PRIMARY KEY (task_id)
);
CREATE INDEX report_task_fact_workspace_idx ON query_side.report_task_fact (workspace_id, created_at);
