-- The full order record for the list, filters and detail (projection "order-list").
ALTER TABLE query_side.order_summary
    ADD COLUMN order_time      TIMESTAMPTZ,
    ADD COLUMN customer_name   VARCHAR(100),
    ADD COLUMN customer_phone  VARCHAR(32),
    ADD COLUMN shipping_address TEXT,
    ADD COLUMN buyer_note      VARCHAR(1000),
    ADD COLUMN tags            TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN carrier         VARCHAR(60),
    ADD COLUMN tracking_number VARCHAR(60),
    ADD COLUMN updated_at      TIMESTAMPTZ;

-- When the channel gave no order time, the recording time stands in for it.
UPDATE query_side.order_summary SET order_time = coalesce(ordered_at, recorded_at), updated_at = recorded_at;
ALTER TABLE query_side.order_summary ALTER COLUMN order_time SET NOT NULL, ALTER COLUMN updated_at SET NOT NULL;

CREATE INDEX order_summary_workspace_time_idx ON query_side.order_summary (workspace_id, order_time DESC, order_id DESC);
CREATE INDEX order_summary_workspace_total_idx ON query_side.order_summary (workspace_id, total DESC, order_id DESC);
CREATE INDEX order_summary_workspace_status_idx ON query_side.order_summary (workspace_id, status);
CREATE INDEX order_summary_tags_idx ON query_side.order_summary USING GIN (tags);

CREATE TABLE query_side.order_note (
    note_id    VARCHAR(64)   NOT NULL,
    order_id   VARCHAR(64)   NOT NULL REFERENCES query_side.order_summary (order_id) ON DELETE CASCADE,
    author_id  VARCHAR(64)   NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    edited_at  TIMESTAMPTZ,
    CONSTRAINT order_note_pk PRIMARY KEY (note_id)
);
CREATE INDEX order_note_order_idx ON query_side.order_note (order_id, created_at);

CREATE TABLE query_side.order_attachment (
    attachment_id VARCHAR(64)  NOT NULL,
    order_id      VARCHAR(64)  NOT NULL REFERENCES query_side.order_summary (order_id) ON DELETE CASCADE,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    added_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT order_attachment_pk PRIMARY KEY (attachment_id)
);
CREATE INDEX order_attachment_order_idx ON query_side.order_attachment (order_id, added_at);

-- Every event of an order with who did it, when and what changed (projection "order-timeline").
CREATE TABLE query_side.order_timeline (
    event_id        VARCHAR(64)  NOT NULL,
    order_id        VARCHAR(64)  NOT NULL,
    workspace_id    VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    at              TIMESTAMPTZ  NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    actor_id        VARCHAR(64),
    actor_role      VARCHAR(16),
    summary         TEXT         NOT NULL,
    CONSTRAINT order_timeline_pk PRIMARY KEY (event_id),
    CONSTRAINT order_timeline_sequence_uk UNIQUE (order_id, sequence_number)
);
