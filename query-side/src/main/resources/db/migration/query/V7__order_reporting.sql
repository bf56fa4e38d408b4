-- Facts for the order reports (projection "order-reporting"): one row per order with the moments of its
-- lifecycle, and its lines. Reports group these at query time in the time zone asked for, so a change of zone
-- never needs a rebuild and late corrections simply update the facts.
CREATE TABLE query_side.report_order_fact (
    order_id         VARCHAR(64)    NOT NULL,
    workspace_id     VARCHAR(64)    NOT NULL,
    channel          VARCHAR(120),
    currency         CHAR(3)        NOT NULL,
    total            NUMERIC        NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    order_time       TIMESTAMPTZ    NOT NULL,
    recorded_at      TIMESTAMPTZ    NOT NULL,
    shipped_at       TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    completed_at     TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ,
    after_sales_kind VARCHAR(20),
    version          BIGINT         NOT NULL,
    CONSTRAINT report_order_fact_pk PRIMARY KEY (order_id)
);
CREATE INDEX report_order_fact_workspace_time_idx ON query_side.report_order_fact (workspace_id, order_time);

CREATE TABLE query_side.report_order_line (
    order_id   VARCHAR(64)    NOT NULL REFERENCES query_side.report_order_fact (order_id) ON DELETE CASCADE,
    line_no    INTEGER        NOT NULL,
    sku        VARCHAR(64)    NOT NULL,
    quantity   INTEGER        NOT NULL,
    line_total NUMERIC        NOT NULL,
    CONSTRAINT report_order_line_pk PRIMARY KEY (order_id, line_no)
);
