-- Counts kept beside the read models, so that a filter bar's counts do not count a workspace's rows on every read
-- (docs/benchmarks.md, figure 5): orders per workspace, sales channel and status; open (not archived) task cards
-- per workspace and status.
--
-- Triggers on the read-model tables append signed deltas to tally_delta, whoever writes the rows (projections,
-- rebuilds, erasure); a background job (TallyReads) folds the committed deltas into tally in one transaction. A read
-- adds tally and the deltas not yet folded in one statement, so it is exact at every moment. Appending deltas,
-- instead of updating a counter row in place, keeps concurrent segments (and several query-side instances) from
-- queueing or deadlocking on the same hot counter row.
CREATE TABLE query_side.tally (
    kind         VARCHAR(16)  NOT NULL, -- 'order' or 'task'
    workspace_id VARCHAR(64)  NOT NULL,
    dimension    VARCHAR(120) NOT NULL, -- an order's sales channel ('' when none); '' for tasks
    status       VARCHAR(32)  NOT NULL,
    n            BIGINT       NOT NULL,
    CONSTRAINT tally_pk PRIMARY KEY (kind, workspace_id, dimension, status)
);

CREATE TABLE query_side.tally_delta (
    kind         VARCHAR(16)  NOT NULL,
    workspace_id VARCHAR(64)  NOT NULL,
    dimension    VARCHAR(120) NOT NULL,
    status       VARCHAR(32)  NOT NULL,
    delta        BIGINT       NOT NULL
);
CREATE INDEX tally_delta_workspace_idx ON query_side.tally_delta (kind, workspace_id);

-- Orders: inserted and deleted rows by statement (a rebuild empties a million rows in one DELETE, which then
-- appends one delta per group); a change of status or channel by row, only when one of them changed.
CREATE FUNCTION query_side.tally_orders_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO query_side.tally_delta (kind, workspace_id, dimension, status, delta)
    SELECT 'order', workspace_id, coalesce(sales_channel, ''), status, count(*)
    FROM added GROUP BY workspace_id, coalesce(sales_channel, ''), status;
    RETURN NULL;
END $$;

CREATE FUNCTION query_side.tally_orders_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO query_side.tally_delta (kind, workspace_id, dimension, status, delta)
    SELECT 'order', workspace_id, coalesce(sales_channel, ''), status, -count(*)
    FROM removed GROUP BY workspace_id, coalesce(sales_channel, ''), status;
    RETURN NULL;
END $$;

CREATE FUNCTION query_side.tally_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO query_side.tally_delta (kind, workspace_id, dimension, status, delta)
    VALUES ('order', OLD.workspace_id, coalesce(OLD.sales_channel, ''), OLD.status, -1),
           ('order', NEW.workspace_id, coalesce(NEW.sales_channel, ''), NEW.status, 1);
    RETURN NULL;
END $$;

CREATE TRIGGER order_summary_tally_added AFTER INSERT ON query_side.order_summary
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION query_side.tally_orders_added();
CREATE TRIGGER order_summary_tally_removed AFTER DELETE ON query_side.order_summary
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION query_side.tally_orders_removed();
CREATE TRIGGER order_summary_tally_changed AFTER UPDATE ON query_side.order_summary
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.sales_channel IS DISTINCT FROM NEW.sales_channel
                       OR OLD.workspace_id IS DISTINCT FROM NEW.workspace_id)
    EXECUTE FUNCTION query_side.tally_order_changed();

-- Task cards: the same, counting only cards on the board (not archived).
CREATE FUNCTION query_side.tally_tasks_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO query_side.tally_delta (kind, workspace_id, dimension, status, delta)
    SELECT 'task', workspace_id, '', status, count(*)
    FROM added WHERE NOT archived GROUP BY workspace_id, status;
    RETURN NULL;
END $$;

CREATE FUNCTION query_side.tally_tasks_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO query_side.tally_delta (kind, workspace_id, dimension, status, delta)
    SELECT 'task', workspace_id, '', status, -count(*)
    FROM removed WHERE NOT archived GROUP BY workspace_id, status;
    RETURN NULL;
END $$;

CREATE FUNCTION query_side.tally_task_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO query_side.tally_delta (kind, workspace_id, dimension, status, delta)
    SELECT 'task', OLD.workspace_id, '', OLD.status, -1 WHERE NOT OLD.archived
    UNION ALL
    SELECT 'task', NEW.workspace_id, '', NEW.status, 1 WHERE NOT NEW.archived;
    RETURN NULL;
END $$;

CREATE TRIGGER task_card_tally_added AFTER INSERT ON query_side.task_card
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION query_side.tally_tasks_added();
CREATE TRIGGER task_card_tally_removed AFTER DELETE ON query_side.task_card
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION query_side.tally_tasks_removed();
CREATE TRIGGER task_card_tally_changed AFTER UPDATE ON query_side.task_card
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.archived IS DISTINCT FROM NEW.archived
                       OR OLD.workspace_id IS DISTINCT FROM NEW.workspace_id)
    EXECUTE FUNCTION query_side.tally_task_changed();

-- What the tables hold today.
INSERT INTO query_side.tally (kind, workspace_id, dimension, status, n)
SELECT 'order', workspace_id, coalesce(sales_channel, ''), status, count(*)
FROM query_side.order_summary GROUP BY workspace_id, coalesce(sales_channel, ''), status;
INSERT INTO query_side.tally (kind, workspace_id, dimension, status, n)
SELECT 'task', workspace_id, '', status, count(*)
FROM query_side.task_card WHERE NOT archived GROUP BY workspace_id, status;
