-- Read model of the order list and order detail (projection "order-list").
CREATE TABLE query_side.order_summary (
    order_id              VARCHAR(64)  NOT NULL,
    workspace_id          VARCHAR(64)  NOT NULL,
    external_order_number VARCHAR(128) NOT NULL,
    sales_channel         VARCHAR(120),
    ordered_at            TIMESTAMPTZ,
    recorded_at           TIMESTAMPTZ  NOT NULL,
    currency              CHAR(3)      NOT NULL,
    total                 NUMERIC      NOT NULL,
    line_count            INTEGER      NOT NULL,
    status                VARCHAR(32)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT order_summary_pk PRIMARY KEY (order_id)
);

-- Newest-first keyset pagination within a workspace.
CREATE INDEX order_summary_workspace_recent_idx
    ON query_side.order_summary (workspace_id, recorded_at DESC, order_id DESC);

CREATE TABLE query_side.order_line (
    order_id   VARCHAR(64)  NOT NULL REFERENCES query_side.order_summary (order_id) ON DELETE CASCADE,
    line_no    INTEGER      NOT NULL,
    sku        VARCHAR(64)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    quantity   INTEGER      NOT NULL,
    unit_price NUMERIC      NOT NULL,
    line_total NUMERIC      NOT NULL,
    CONSTRAINT order_line_pk PRIMARY KEY (order_id, line_no)
);
