-- Who follows an order (shown in its detail; projection "order-list").
ALTER TABLE query_side.order_summary ADD COLUMN follower_ids TEXT[] NOT NULL DEFAULT '{}';

-- Task board, task detail and activity (projection "task-board"). Assignees and watchers are arrays: a task has
-- at most 20 assignees, and the board filters on them with a GIN index.
CREATE TABLE query_side.task_card (
    task_id         VARCHAR(64)   NOT NULL,
    workspace_id    VARCHAR(64)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000),
    status          VARCHAR(16)   NOT NULL,
    blocked_reason  VARCHAR(500),
    priority        VARCHAR(8)    NOT NULL,
    due_at          TIMESTAMPTZ,
    labels          TEXT[]        NOT NULL DEFAULT '{}',
    assignee_ids    TEXT[]        NOT NULL DEFAULT '{}',
    watcher_ids     TEXT[]        NOT NULL DEFAULT '{}',
    progress        SMALLINT      NOT NULL DEFAULT 0,
    order_id        VARCHAR(64),
    creator_id      VARCHAR(64)   NOT NULL,
    comment_count   INTEGER       NOT NULL DEFAULT 0,
    checklist_total INTEGER       NOT NULL DEFAULT 0,
    checklist_done  INTEGER       NOT NULL DEFAULT 0,
    archived        BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT task_card_pk PRIMARY KEY (task_id)
);
CREATE INDEX task_card_board_idx ON query_side.task_card (workspace_id, status, updated_at DESC) WHERE NOT archived;
CREATE INDEX task_card_order_idx ON query_side.task_card (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX task_card_assignees_idx ON query_side.task_card USING GIN (assignee_ids);
CREATE INDEX task_card_labels_idx ON query_side.task_card USING GIN (labels);

CREATE TABLE query_side.task_checklist_item (
    item_id  VARCHAR(64)  NOT NULL,
    task_id  VARCHAR(64)  NOT NULL REFERENCES query_side.task_card (task_id) ON DELETE CASCADE,
    position BIGINT       NOT NULL,
    text     VARCHAR(300) NOT NULL,
    done     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT task_checklist_item_pk PRIMARY KEY (item_id)
);
CREATE INDEX task_checklist_item_task_idx ON query_side.task_checklist_item (task_id, position);

CREATE TABLE query_side.task_comment (
    comment_id VARCHAR(64)   NOT NULL,
    task_id    VARCHAR(64)   NOT NULL REFERENCES query_side.task_card (task_id) ON DELETE CASCADE,
    author_id  VARCHAR(64)   NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    edited_at  TIMESTAMPTZ,
    CONSTRAINT task_comment_pk PRIMARY KEY (comment_id)
);
CREATE INDEX task_comment_task_idx ON query_side.task_comment (task_id, created_at);

CREATE TABLE query_side.task_activity (
    event_id        VARCHAR(64) NOT NULL,
    task_id         VARCHAR(64) NOT NULL,
    workspace_id    VARCHAR(64) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    event_type      VARCHAR(64) NOT NULL,
    actor_id        VARCHAR(64),
    actor_role      VARCHAR(16),
    summary         TEXT        NOT NULL,
    CONSTRAINT task_activity_pk PRIMARY KEY (event_id),
    CONSTRAINT task_activity_sequence_uk UNIQUE (task_id, sequence_number)
);

-- Who hears about what (projection "notifications"): its own copy of each task's watchers and due date, and of
-- each order's followers, so it never depends on how far another projection has got.
CREATE TABLE query_side.notification_task (
    task_id      VARCHAR(64)  NOT NULL,
    workspace_id VARCHAR(64)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    due_at       TIMESTAMPTZ,
    archived     BOOLEAN      NOT NULL DEFAULT FALSE,
    watcher_ids  TEXT[]       NOT NULL DEFAULT '{}',
    version      BIGINT       NOT NULL,
    -- The due date the last due-soon / overdue reminder was written for: a scan skips what it already did.
    due_soon_reminded_for TIMESTAMPTZ,
    overdue_reminded_for  TIMESTAMPTZ,
    CONSTRAINT notification_task_pk PRIMARY KEY (task_id)
);
-- The reminder scan: open tasks with a due date.
CREATE INDEX notification_task_due_idx ON query_side.notification_task (due_at)
    WHERE due_at IS NOT NULL AND NOT archived AND status <> 'DONE';

CREATE TABLE query_side.notification_order (
    order_id              VARCHAR(64) NOT NULL,
    workspace_id          VARCHAR(64) NOT NULL,
    external_order_number VARCHAR(128) NOT NULL,
    follower_ids          TEXT[]      NOT NULL DEFAULT '{}',
    version               BIGINT      NOT NULL,
    CONSTRAINT notification_order_pk PRIMARY KEY (order_id)
);

-- The inbox. source_key names what caused the entry (an event, or a task's due date for reminders): unique per
-- recipient, so replays and repeated reminder scans never notify twice.
CREATE TABLE query_side.notification (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    notification_id UUID         NOT NULL DEFAULT gen_random_uuid(),
    recipient_id    VARCHAR(64)  NOT NULL,
    source_key      VARCHAR(200) NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    workspace_id    VARCHAR(64),
    task_id         VARCHAR(64),
    order_id        VARCHAR(64),
    actor_id        VARCHAR(64),
    subject         VARCHAR(200) NOT NULL,
    detail          VARCHAR(600),
    created_at      TIMESTAMPTZ  NOT NULL,
    read_at         TIMESTAMPTZ,
    CONSTRAINT notification_pk PRIMARY KEY (seq),
    CONSTRAINT notification_id_uk UNIQUE (notification_id),
    CONSTRAINT notification_source_uk UNIQUE (recipient_id, source_key)
);
CREATE INDEX notification_inbox_idx ON query_side.notification (recipient_id, seq DESC);
CREATE INDEX notification_unread_idx ON query_side.notification (recipient_id, seq DESC) WHERE read_at IS NULL;
