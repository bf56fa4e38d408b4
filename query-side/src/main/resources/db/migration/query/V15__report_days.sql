-- The order and task reports pre-aggregated per day (ADR 0022): at a million orders, grouping a quarter's facts on
-- every report took 2.3 s; at 100,000 tasks the task report took 217 ms. Day tables are kept by triggers on the
-- facts, whoever writes them (projection, rebuild, benchmark fill), with the delta-and-fold scheme of the tallies
-- (V14): triggers append signed deltas, report_days_fold() (DeltaFolding, every second, with the tallies) folds the committed ones
-- in, and a read adds both.
--
-- What a fact contributes to a day table is written once, in a *_rows function; triggers, recounts and a report
-- asked for in another zone (which reads the facts through the same functions) all use it.
--
-- Days are cut in one zone per workspace: its report zone (report_day_zone, following query_side.workspace.time_zone,
-- UTC when none is set). A change of that zone recounts the workspace's days from the facts in the same
-- transaction. Writers of facts hold the workspace's zone lock shared and a recount holds it exclusively, so a fact
-- is never counted in a zone that a concurrent recount has just replaced.
CREATE TABLE query_side.report_day_zone (
    workspace_id VARCHAR(64) NOT NULL,
    zone         VARCHAR(64) NOT NULL,
    CONSTRAINT report_day_zone_pk PRIMARY KEY (workspace_id)
);

-- The zone the workspace's days are cut in, its row created on first use. Takes the workspace's zone lock shared (an
-- advisory lock: in memory, no row written, held until commit); a recount takes it exclusively.
CREATE FUNCTION query_side.report_zone_held(ws VARCHAR) RETURNS VARCHAR LANGUAGE plpgsql AS $$
DECLARE
    held VARCHAR;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(hashtext('query_side.report_day_zone'), hashtext(ws));
    SELECT zone INTO held FROM query_side.report_day_zone WHERE workspace_id = ws;
    IF NOT FOUND THEN
        INSERT INTO query_side.report_day_zone (workspace_id, zone)
        SELECT ws, coalesce((SELECT time_zone FROM query_side.workspace WHERE workspace_id = ws), 'UTC')
        ON CONFLICT (workspace_id) DO NOTHING;
        SELECT zone INTO held FROM query_side.report_day_zone WHERE workspace_id = ws;
    END IF;
    RETURN held;
END $$;

-- Durations are kept in buckets 1% wide from a millisecond up (about 2,400 up to a year) with their exact sum:
-- averages are exact, a 90th percentile is exact when a bucket's values are equal and otherwise within 1%. The
-- bucket is computed in double precision: numeric logarithms cost a tenth of a millisecond per event.
CREATE FUNCTION query_side.report_duration_bucket(seconds NUMERIC) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (sign(seconds) * floor(ln(1 + abs(seconds)::float8 * 1000) / ln(1.01::float8)))::integer;

-- ---------------------------------------------------------------------------------------------------------------
-- Orders: per day of the order time, every dimension the report groups by ('' for no channel or no kind); lead
-- times (leg 'ship': recorded to shipped, 'deliver': shipped to delivered); quantity and value per SKU of orders
-- that are not cancelled.
CREATE TABLE query_side.report_order_day (
    workspace_id     VARCHAR(64)  NOT NULL,
    day              DATE         NOT NULL,
    channel          VARCHAR(120) NOT NULL,
    currency         CHAR(3)      NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    after_sales_kind VARCHAR(20)  NOT NULL,
    cancelled        BOOLEAN      NOT NULL,
    completed        BOOLEAN      NOT NULL,
    orders           BIGINT       NOT NULL,
    value            NUMERIC      NOT NULL,
    CONSTRAINT report_order_day_pk
        PRIMARY KEY (workspace_id, day, channel, currency, status, after_sales_kind, cancelled, completed)
);
CREATE TABLE query_side.report_order_day_delta (LIKE query_side.report_order_day);
CREATE INDEX report_order_day_delta_idx ON query_side.report_order_day_delta (workspace_id, day);

CREATE TABLE query_side.report_order_day_lead (
    workspace_id VARCHAR(64) NOT NULL,
    day          DATE        NOT NULL,
    leg          VARCHAR(8)  NOT NULL,
    bucket       INTEGER     NOT NULL,
    orders       BIGINT      NOT NULL,
    seconds      NUMERIC     NOT NULL,
    CONSTRAINT report_order_day_lead_pk PRIMARY KEY (workspace_id, day, leg, bucket)
);
CREATE TABLE query_side.report_order_day_lead_delta (LIKE query_side.report_order_day_lead);
CREATE INDEX report_order_day_lead_delta_idx ON query_side.report_order_day_lead_delta (workspace_id, day);

CREATE TABLE query_side.report_order_day_sku (
    workspace_id VARCHAR(64) NOT NULL,
    day          DATE        NOT NULL,
    currency     CHAR(3)     NOT NULL,
    sku          VARCHAR(64) NOT NULL,
    lines        BIGINT      NOT NULL,
    quantity     BIGINT      NOT NULL,
    value        NUMERIC     NOT NULL,
    CONSTRAINT report_order_day_sku_pk PRIMARY KEY (workspace_id, day, currency, sku)
);
CREATE TABLE query_side.report_order_day_sku_delta (LIKE query_side.report_order_day_sku);
CREATE INDEX report_order_day_sku_delta_idx ON query_side.report_order_day_sku_delta (workspace_id, day);

CREATE FUNCTION query_side.report_order_day_rows(f query_side.report_order_fact, zone VARCHAR, sign INTEGER)
    RETURNS SETOF query_side.report_order_day LANGUAGE sql STABLE AS $$
    SELECT f.workspace_id, (f.order_time AT TIME ZONE zone)::date, coalesce(f.channel, ''), f.currency, f.status,
           coalesce(f.after_sales_kind, ''), f.cancelled_at IS NOT NULL, f.completed_at IS NOT NULL, sign::bigint,
           sign * f.total
$$;

CREATE FUNCTION query_side.report_order_lead_rows(f query_side.report_order_fact, zone VARCHAR, sign INTEGER)
    RETURNS SETOF query_side.report_order_day_lead LANGUAGE sql STABLE AS $$
    SELECT f.workspace_id, (f.order_time AT TIME ZONE zone)::date, legs.leg,
           query_side.report_duration_bucket(legs.seconds), sign::bigint, sign * legs.seconds
    FROM (VALUES ('ship', extract(epoch FROM f.shipped_at - f.recorded_at)),
                 ('deliver', extract(epoch FROM f.delivered_at - f.shipped_at))) legs(leg, seconds)
    WHERE legs.seconds IS NOT NULL
$$;

CREATE FUNCTION query_side.report_order_sku_rows(f query_side.report_order_fact, l query_side.report_order_line,
                                                 zone VARCHAR, sign INTEGER)
    RETURNS SETOF query_side.report_order_day_sku LANGUAGE sql STABLE AS $$
    SELECT f.workspace_id, (f.order_time AT TIME ZONE zone)::date, f.currency, l.sku, sign::bigint,
           sign * l.quantity::bigint, sign * l.line_total
    WHERE f.cancelled_at IS NULL
$$;

-- Facts inserted or deleted, by statement (a rebuild's reset deletes a million at once); both triggers name their
-- transition table "changed". Lines are counted by their own triggers: a fact is inserted before its lines, and
-- the reset deletes the lines first.
CREATE FUNCTION query_side.report_order_facts_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM query_side.report_zone_held(workspace_id) FROM (SELECT DISTINCT workspace_id FROM changed) w;
    INSERT INTO query_side.report_order_day_delta
    SELECT r.workspace_id, r.day, r.channel, r.currency, r.status, r.after_sales_kind, r.cancelled, r.completed,
           sum(r.orders), sum(r.value)
    FROM changed f JOIN query_side.report_day_zone z USING (workspace_id),
         query_side.report_order_day_rows(f, z.zone, sign) r
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO query_side.report_order_day_lead_delta
    SELECT r.workspace_id, r.day, r.leg, r.bucket, sum(r.orders), sum(r.seconds)
    FROM changed f JOIN query_side.report_day_zone z USING (workspace_id),
         query_side.report_order_lead_rows(f, z.zone, sign) r
    GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;

CREATE TRIGGER report_order_fact_added AFTER INSERT ON query_side.report_order_fact
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_facts_counted();
CREATE TRIGGER report_order_fact_removed AFTER DELETE ON query_side.report_order_fact
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_facts_counted();

CREATE FUNCTION query_side.report_order_lines_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM query_side.report_zone_held(workspace_id)
    FROM (SELECT DISTINCT f.workspace_id FROM changed l JOIN query_side.report_order_fact f USING (order_id)) w;
    INSERT INTO query_side.report_order_day_sku_delta
    SELECT r.workspace_id, r.day, r.currency, r.sku, sum(r.lines), sum(r.quantity), sum(r.value)
    FROM changed l JOIN query_side.report_order_fact f USING (order_id)
         JOIN query_side.report_day_zone z ON z.workspace_id = f.workspace_id,
         query_side.report_order_sku_rows(f, l, z.zone, sign) r
    GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;

CREATE TRIGGER report_order_line_added AFTER INSERT ON query_side.report_order_line
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_lines_counted();
CREATE TRIGGER report_order_line_removed AFTER DELETE ON query_side.report_order_line
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_lines_counted();

-- A fact updated, by row and only when something counted changed: its old contribution out, its new one in (lead
-- times and lines only when what they depend on changed).
CREATE FUNCTION query_side.report_order_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    zone VARCHAR := query_side.report_zone_held(NEW.workspace_id);
BEGIN
    INSERT INTO query_side.report_order_day_delta
    SELECT * FROM query_side.report_order_day_rows(OLD, zone, -1)
    UNION ALL SELECT * FROM query_side.report_order_day_rows(NEW, zone, 1);
    IF (OLD.workspace_id, OLD.order_time, OLD.recorded_at, OLD.shipped_at, OLD.delivered_at) IS DISTINCT FROM
       (NEW.workspace_id, NEW.order_time, NEW.recorded_at, NEW.shipped_at, NEW.delivered_at) THEN
        INSERT INTO query_side.report_order_day_lead_delta
        SELECT * FROM query_side.report_order_lead_rows(OLD, zone, -1)
        UNION ALL SELECT * FROM query_side.report_order_lead_rows(NEW, zone, 1);
    END IF;
    IF (OLD.workspace_id, OLD.order_time, OLD.currency, OLD.cancelled_at IS NULL) IS DISTINCT FROM
       (NEW.workspace_id, NEW.order_time, NEW.currency, NEW.cancelled_at IS NULL) THEN
        INSERT INTO query_side.report_order_day_sku_delta
        SELECT r.* FROM query_side.report_order_line l, query_side.report_order_sku_rows(OLD, l, zone, -1) r
        WHERE l.order_id = OLD.order_id
        UNION ALL
        SELECT r.* FROM query_side.report_order_line l, query_side.report_order_sku_rows(NEW, l, zone, 1) r
        WHERE l.order_id = NEW.order_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER report_order_fact_changed AFTER UPDATE ON query_side.report_order_fact
    FOR EACH ROW WHEN ((OLD.workspace_id, OLD.channel, OLD.currency, OLD.total, OLD.status, OLD.order_time,
                        OLD.recorded_at, OLD.shipped_at, OLD.delivered_at, OLD.completed_at, OLD.cancelled_at,
                        OLD.after_sales_kind)
                       IS DISTINCT FROM
                       (NEW.workspace_id, NEW.channel, NEW.currency, NEW.total, NEW.status, NEW.order_time,
                        NEW.recorded_at, NEW.shipped_at, NEW.delivered_at, NEW.completed_at, NEW.cancelled_at,
                        NEW.after_sales_kind))
    EXECUTE FUNCTION query_side.report_order_fact_changed();

-- ---------------------------------------------------------------------------------------------------------------
-- Tasks: per day, tasks created and their blocked time (assignee ''), tasks completed (by the day they were done),
-- and per assignee the tasks assigned, open (not done, not archived; by the day they were created) and completed;
-- cycle times (first IN_PROGRESS to DONE) by the day they were done. Ongoing blocks are kept as their start
-- (blocked_open, blocked_since_seconds), so that a report adds the time up to its own now.
CREATE TABLE query_side.report_task_day (
    workspace_id          VARCHAR(64) NOT NULL,
    day                   DATE        NOT NULL,
    assignee              VARCHAR(64) NOT NULL,
    created               BIGINT      NOT NULL,
    completed             BIGINT      NOT NULL,
    assigned              BIGINT      NOT NULL,
    open                  BIGINT      NOT NULL,
    blocked_seconds       NUMERIC     NOT NULL,
    blocked_open          BIGINT      NOT NULL,
    blocked_since_seconds NUMERIC     NOT NULL,
    CONSTRAINT report_task_day_pk PRIMARY KEY (workspace_id, day, assignee)
);
CREATE TABLE query_side.report_task_day_delta (LIKE query_side.report_task_day);
CREATE INDEX report_task_day_delta_idx ON query_side.report_task_day_delta (workspace_id, day);

CREATE TABLE query_side.report_task_day_cycle (
    workspace_id VARCHAR(64) NOT NULL,
    day          DATE        NOT NULL,
    bucket       INTEGER     NOT NULL,
    tasks        BIGINT      NOT NULL,
    seconds      NUMERIC     NOT NULL,
    CONSTRAINT report_task_day_cycle_pk PRIMARY KEY (workspace_id, day, bucket)
);
CREATE TABLE query_side.report_task_day_cycle_delta (LIKE query_side.report_task_day_cycle);
CREATE INDEX report_task_day_cycle_delta_idx ON query_side.report_task_day_cycle_delta (workspace_id, day);

-- Counted now rather than per day: open tasks past due, and blocked ones.
CREATE INDEX report_task_fact_overdue_idx ON query_side.report_task_fact (workspace_id, due_at)
    WHERE NOT archived AND status <> 'DONE';
CREATE INDEX report_task_fact_blocked_idx ON query_side.report_task_fact (workspace_id)
    WHERE NOT archived AND status = 'BLOCKED';

CREATE FUNCTION query_side.report_task_day_rows(f query_side.report_task_fact, zone VARCHAR, sign INTEGER)
    RETURNS SETOF query_side.report_task_day LANGUAGE sql STABLE AS $$
    SELECT f.workspace_id, (f.created_at AT TIME ZONE zone)::date, '', sign::bigint, 0::bigint, 0::bigint,
           0::bigint, sign * f.blocked_seconds::numeric, sign * (f.blocked_since IS NOT NULL)::int::bigint,
           sign * coalesce(extract(epoch FROM f.blocked_since), 0)
    UNION ALL
    SELECT f.workspace_id, (f.done_at AT TIME ZONE zone)::date, '', 0, sign, 0, 0, 0, 0, 0
    WHERE f.done_at IS NOT NULL
    UNION ALL
    SELECT f.workspace_id, (f.created_at AT TIME ZONE zone)::date, a.assignee, 0, 0, sign,
           sign * (NOT f.archived AND f.status <> 'DONE')::int::bigint, 0, 0, 0
    FROM unnest(f.assignee_ids) a(assignee)
    UNION ALL
    SELECT f.workspace_id, (f.done_at AT TIME ZONE zone)::date, a.assignee, 0, sign, 0, 0, 0, 0, 0
    FROM unnest(f.assignee_ids) a(assignee) WHERE f.done_at IS NOT NULL
$$;

CREATE FUNCTION query_side.report_task_cycle_rows(f query_side.report_task_fact, zone VARCHAR, sign INTEGER)
    RETURNS SETOF query_side.report_task_day_cycle LANGUAGE sql STABLE AS $$
    SELECT f.workspace_id, (f.done_at AT TIME ZONE zone)::date, query_side.report_duration_bucket(cycle.seconds),
           sign::bigint, sign * cycle.seconds
    FROM (SELECT extract(epoch FROM f.done_at - f.first_in_progress_at)) cycle(seconds)
    WHERE cycle.seconds IS NOT NULL
$$;

CREATE FUNCTION query_side.report_task_facts_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM query_side.report_zone_held(workspace_id) FROM (SELECT DISTINCT workspace_id FROM changed) w;
    INSERT INTO query_side.report_task_day_delta
    SELECT r.workspace_id, r.day, r.assignee, sum(r.created), sum(r.completed), sum(r.assigned), sum(r.open),
           sum(r.blocked_seconds), sum(r.blocked_open), sum(r.blocked_since_seconds)
    FROM changed f JOIN query_side.report_day_zone z USING (workspace_id),
         query_side.report_task_day_rows(f, z.zone, sign) r
    GROUP BY 1, 2, 3;
    INSERT INTO query_side.report_task_day_cycle_delta
    SELECT r.workspace_id, r.day, r.bucket, sum(r.tasks), sum(r.seconds)
    FROM changed f JOIN query_side.report_day_zone z USING (workspace_id),
         query_side.report_task_cycle_rows(f, z.zone, sign) r
    GROUP BY 1, 2, 3;
    RETURN NULL;
END $$;

CREATE TRIGGER report_task_fact_added AFTER INSERT ON query_side.report_task_fact
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_task_facts_counted();
CREATE TRIGGER report_task_fact_removed AFTER DELETE ON query_side.report_task_fact
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_task_facts_counted();

CREATE FUNCTION query_side.report_task_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    zone VARCHAR := query_side.report_zone_held(NEW.workspace_id);
BEGIN
    INSERT INTO query_side.report_task_day_delta
    SELECT * FROM query_side.report_task_day_rows(OLD, zone, -1)
    UNION ALL SELECT * FROM query_side.report_task_day_rows(NEW, zone, 1);
    IF (OLD.workspace_id, OLD.first_in_progress_at, OLD.done_at) IS DISTINCT FROM
       (NEW.workspace_id, NEW.first_in_progress_at, NEW.done_at) THEN
        INSERT INTO query_side.report_task_day_cycle_delta
        SELECT * FROM query_side.report_task_cycle_rows(OLD, zone, -1)
        UNION ALL SELECT * FROM query_side.report_task_cycle_rows(NEW, zone, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER report_task_fact_changed AFTER UPDATE ON query_side.report_task_fact
    FOR EACH ROW WHEN ((OLD.workspace_id, OLD.status, OLD.created_at, OLD.first_in_progress_at, OLD.done_at,
                        OLD.blocked_since, OLD.blocked_seconds, OLD.assignee_ids, OLD.archived)
                       IS DISTINCT FROM
                       (NEW.workspace_id, NEW.status, NEW.created_at, NEW.first_in_progress_at, NEW.done_at,
                        NEW.blocked_since, NEW.blocked_seconds, NEW.assignee_ids, NEW.archived))
    EXECUTE FUNCTION query_side.report_task_fact_changed();

-- ---------------------------------------------------------------------------------------------------------------
-- Folds the committed deltas into the day tables in one transaction. Deltas of transactions still open are not
-- visible yet and wait for the next fold. A group that came to nothing (its orders moved to another status) stays
-- as a zero row, which reads skip. Serialised with recounts by an advisory lock.
CREATE FUNCTION query_side.report_days_fold() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('query_side.report_days'));
    WITH folded AS (DELETE FROM query_side.report_order_day_delta RETURNING *)
    INSERT INTO query_side.report_order_day AS d
    SELECT workspace_id, day, channel, currency, status, after_sales_kind, cancelled, completed, sum(orders),
           sum(value)
    FROM folded GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (workspace_id, day, channel, currency, status, after_sales_kind, cancelled, completed)
        DO UPDATE SET orders = d.orders + excluded.orders, value = d.value + excluded.value;
    WITH folded AS (DELETE FROM query_side.report_order_day_lead_delta RETURNING *)
    INSERT INTO query_side.report_order_day_lead AS d
    SELECT workspace_id, day, leg, bucket, sum(orders), sum(seconds) FROM folded GROUP BY 1, 2, 3, 4
    ON CONFLICT (workspace_id, day, leg, bucket)
        DO UPDATE SET orders = d.orders + excluded.orders, seconds = d.seconds + excluded.seconds;
    WITH folded AS (DELETE FROM query_side.report_order_day_sku_delta RETURNING *)
    INSERT INTO query_side.report_order_day_sku AS d
    SELECT workspace_id, day, currency, sku, sum(lines), sum(quantity), sum(value) FROM folded GROUP BY 1, 2, 3, 4
    ON CONFLICT (workspace_id, day, currency, sku)
        DO UPDATE SET lines = d.lines + excluded.lines, quantity = d.quantity + excluded.quantity,
                      value = d.value + excluded.value;
    WITH folded AS (DELETE FROM query_side.report_task_day_delta RETURNING *)
    INSERT INTO query_side.report_task_day AS d
    SELECT workspace_id, day, assignee, sum(created), sum(completed), sum(assigned), sum(open),
           sum(blocked_seconds), sum(blocked_open), sum(blocked_since_seconds)
    FROM folded GROUP BY 1, 2, 3
    ON CONFLICT (workspace_id, day, assignee)
        DO UPDATE SET created = d.created + excluded.created, completed = d.completed + excluded.completed,
                      assigned = d.assigned + excluded.assigned, open = d.open + excluded.open,
                      blocked_seconds = d.blocked_seconds + excluded.blocked_seconds,
                      blocked_open = d.blocked_open + excluded.blocked_open,
                      blocked_since_seconds = d.blocked_since_seconds + excluded.blocked_since_seconds;
    WITH folded AS (DELETE FROM query_side.report_task_day_cycle_delta RETURNING *)
    INSERT INTO query_side.report_task_day_cycle AS d
    SELECT workspace_id, day, bucket, sum(tasks), sum(seconds) FROM folded GROUP BY 1, 2, 3
    ON CONFLICT (workspace_id, day, bucket)
        DO UPDATE SET tasks = d.tasks + excluded.tasks, seconds = d.seconds + excluded.seconds;
END $$;

-- Recounts a workspace's days from its facts in the zone given, and records that zone.
CREATE FUNCTION query_side.report_days_recount(ws VARCHAR, new_zone VARCHAR) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('query_side.report_day_zone'), hashtext(ws));
    PERFORM pg_advisory_xact_lock(hashtext('query_side.report_days'));
    INSERT INTO query_side.report_day_zone (workspace_id, zone) VALUES (ws, new_zone)
    ON CONFLICT (workspace_id) DO UPDATE SET zone = excluded.zone;
    DELETE FROM query_side.report_order_day WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_delta WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_lead WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_lead_delta WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_sku WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_sku_delta WHERE workspace_id = ws;
    DELETE FROM query_side.report_task_day WHERE workspace_id = ws;
    DELETE FROM query_side.report_task_day_delta WHERE workspace_id = ws;
    DELETE FROM query_side.report_task_day_cycle WHERE workspace_id = ws;
    DELETE FROM query_side.report_task_day_cycle_delta WHERE workspace_id = ws;
    INSERT INTO query_side.report_order_day
    SELECT r.workspace_id, r.day, r.channel, r.currency, r.status, r.after_sales_kind, r.cancelled, r.completed,
           sum(r.orders), sum(r.value)
    FROM query_side.report_order_fact f, query_side.report_order_day_rows(f, new_zone, 1) r
    WHERE f.workspace_id = ws GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO query_side.report_order_day_lead
    SELECT r.workspace_id, r.day, r.leg, r.bucket, sum(r.orders), sum(r.seconds)
    FROM query_side.report_order_fact f, query_side.report_order_lead_rows(f, new_zone, 1) r
    WHERE f.workspace_id = ws GROUP BY 1, 2, 3, 4;
    INSERT INTO query_side.report_order_day_sku
    SELECT r.workspace_id, r.day, r.currency, r.sku, sum(r.lines), sum(r.quantity), sum(r.value)
    FROM query_side.report_order_fact f JOIN query_side.report_order_line l USING (order_id),
         query_side.report_order_sku_rows(f, l, new_zone, 1) r
    WHERE f.workspace_id = ws GROUP BY 1, 2, 3, 4;
    INSERT INTO query_side.report_task_day
    SELECT r.workspace_id, r.day, r.assignee, sum(r.created), sum(r.completed), sum(r.assigned), sum(r.open),
           sum(r.blocked_seconds), sum(r.blocked_open), sum(r.blocked_since_seconds)
    FROM query_side.report_task_fact f, query_side.report_task_day_rows(f, new_zone, 1) r
    WHERE f.workspace_id = ws GROUP BY 1, 2, 3;
    INSERT INTO query_side.report_task_day_cycle
    SELECT r.workspace_id, r.day, r.bucket, sum(r.tasks), sum(r.seconds)
    FROM query_side.report_task_fact f, query_side.report_task_cycle_rows(f, new_zone, 1) r
    WHERE f.workspace_id = ws GROUP BY 1, 2, 3;
END $$;

-- The workspace's zone set or changed (projection "accounts"): its days are recounted in the new zone.
CREATE FUNCTION query_side.report_days_follow_zone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    wanted VARCHAR := coalesce(NEW.time_zone, 'UTC');
BEGIN
    IF wanted IS DISTINCT FROM (SELECT zone FROM query_side.report_day_zone WHERE workspace_id = NEW.workspace_id)
    THEN
        PERFORM query_side.report_days_recount(NEW.workspace_id, wanted);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER workspace_report_days_follow_zone AFTER INSERT OR UPDATE OF time_zone ON query_side.workspace
    FOR EACH ROW EXECUTE FUNCTION query_side.report_days_follow_zone();

-- What the facts hold today.
SELECT query_side.report_days_recount(ws.workspace_id, coalesce(w.time_zone, 'UTC'))
FROM (SELECT workspace_id FROM query_side.report_order_fact
      UNION SELECT workspace_id FROM query_side.report_task_fact) ws
LEFT JOIN query_side.workspace w USING (workspace_id);
