-- The order report pre-aggregated per day (docs/adr/0022): at a million orders, grouping a quarter's facts on every
-- report took 2.3 s. Three day tables, each kept by triggers on the facts whoever writes them (projection, rebuild,
-- benchmark fill), with the delta-and-fold scheme of the tallies (V14): triggers append signed deltas, a background
-- job (ReportDayFolding) folds committed ones in, a read adds both.
--
-- Days are cut in one zone per workspace, the workspace's report zone (report_day_zone, following
-- query_side.workspace.time_zone, UTC when none is set). A change of that zone recounts the workspace's days from
-- the facts in the same transaction. A report asked for in another zone reads the facts instead (the same figures,
-- more slowly). Writers of facts hold the zone row FOR SHARE and a recount updates it, so a fact is never bucketed
-- in a zone that a concurrent recount has just replaced.
CREATE TABLE query_side.report_day_zone (
    workspace_id VARCHAR(64) NOT NULL,
    zone         VARCHAR(64) NOT NULL,
    CONSTRAINT report_day_zone_pk PRIMARY KEY (workspace_id)
);

-- Orders and their value per day and every dimension the report groups by ('' for no channel or no kind).
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

-- Lead times (leg 'ship': recorded to shipped, 'deliver': shipped to delivered) of the day's orders in buckets 1%
-- wide from a millisecond up (report_lead_bucket; about 2,400 buckets up to a year), with their exact sum: averages
-- are exact, the 90th percentile is exact when the values of a bucket are equal and otherwise within 1%.
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

-- Quantity and value per SKU of the day's orders that are not cancelled.
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

CREATE FUNCTION query_side.report_lead_bucket(seconds NUMERIC) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (sign(seconds) * floor(ln(1 + abs(seconds) * 1000) / ln(1.01)))::integer;

-- The lead time legs of a fact that has them: ('ship', seconds) and ('deliver', seconds).
CREATE FUNCTION query_side.report_lead_legs(recorded_at TIMESTAMPTZ, shipped_at TIMESTAMPTZ,
                                            delivered_at TIMESTAMPTZ)
    RETURNS TABLE (leg VARCHAR, seconds NUMERIC) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT leg, seconds
    FROM (VALUES ('ship', extract(epoch FROM shipped_at - recorded_at)),
                 ('deliver', extract(epoch FROM delivered_at - shipped_at))) legs(leg, seconds)
    WHERE seconds IS NOT NULL
$$;

-- The zone the workspace's days are cut in: its row is created on first use and held FOR SHARE until commit.
CREATE FUNCTION query_side.report_zone_held(ws VARCHAR) RETURNS VARCHAR LANGUAGE plpgsql AS $$
DECLARE
    held VARCHAR;
BEGIN
    SELECT zone INTO held FROM query_side.report_day_zone WHERE workspace_id = ws FOR SHARE;
    IF NOT FOUND THEN
        INSERT INTO query_side.report_day_zone (workspace_id, zone)
        SELECT ws, coalesce((SELECT time_zone FROM query_side.workspace WHERE workspace_id = ws), 'UTC')
        ON CONFLICT (workspace_id) DO NOTHING;
        SELECT zone INTO held FROM query_side.report_day_zone WHERE workspace_id = ws FOR SHARE;
    END IF;
    RETURN held;
END $$;

-- Facts inserted or deleted, by statement (a rebuild's reset deletes a million at once); both triggers name their
-- transition table "changed". Their lines are counted by the lines' own triggers (a fact is inserted before its
-- lines; the reset deletes the lines first).
CREATE FUNCTION query_side.report_order_facts_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM query_side.report_zone_held(workspace_id) FROM (SELECT DISTINCT workspace_id FROM changed) w;
    INSERT INTO query_side.report_order_day_delta
    SELECT f.workspace_id, (f.order_time AT TIME ZONE z.zone)::date, coalesce(f.channel, ''), f.currency, f.status,
           coalesce(f.after_sales_kind, ''), f.cancelled_at IS NOT NULL, f.completed_at IS NOT NULL, sign * count(*),
           sign * sum(f.total)
    FROM changed f JOIN query_side.report_day_zone z USING (workspace_id)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO query_side.report_order_day_lead_delta
    SELECT f.workspace_id, (f.order_time AT TIME ZONE z.zone)::date, legs.leg,
           query_side.report_lead_bucket(legs.seconds), sign * count(*), sign * sum(legs.seconds)
    FROM changed f JOIN query_side.report_day_zone z USING (workspace_id)
    CROSS JOIN LATERAL query_side.report_lead_legs(f.recorded_at, f.shipped_at, f.delivered_at) legs
    GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;

CREATE TRIGGER report_order_fact_added AFTER INSERT ON query_side.report_order_fact
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_facts_counted();
CREATE TRIGGER report_order_fact_removed AFTER DELETE ON query_side.report_order_fact
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_facts_counted();

-- Lines inserted or deleted, by statement, counted in their fact's day unless the order is cancelled.
CREATE FUNCTION query_side.report_order_lines_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM query_side.report_zone_held(workspace_id)
    FROM (SELECT DISTINCT f.workspace_id FROM changed l JOIN query_side.report_order_fact f USING (order_id)) w;
    INSERT INTO query_side.report_order_day_sku_delta
    SELECT f.workspace_id, (f.order_time AT TIME ZONE z.zone)::date, f.currency, l.sku, sign * count(*),
           sign * sum(l.quantity), sign * sum(l.line_total)
    FROM changed l JOIN query_side.report_order_fact f USING (order_id)
    JOIN query_side.report_day_zone z ON z.workspace_id = f.workspace_id
    WHERE f.cancelled_at IS NULL
    GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;

CREATE TRIGGER report_order_line_added AFTER INSERT ON query_side.report_order_line
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_lines_counted();
CREATE TRIGGER report_order_line_removed AFTER DELETE ON query_side.report_order_line
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION query_side.report_order_lines_counted();

-- A fact updated (status, moments, total), by row and only when something counted changed: its old contribution
-- out, its new one in; its lines leave the SKU figures when the order is cancelled.
CREATE FUNCTION query_side.report_order_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    zone VARCHAR := query_side.report_zone_held(NEW.workspace_id);
BEGIN
    INSERT INTO query_side.report_order_day_delta
    VALUES (OLD.workspace_id, (OLD.order_time AT TIME ZONE zone)::date, coalesce(OLD.channel, ''), OLD.currency,
            OLD.status, coalesce(OLD.after_sales_kind, ''), OLD.cancelled_at IS NOT NULL,
            OLD.completed_at IS NOT NULL, -1, -OLD.total),
           (NEW.workspace_id, (NEW.order_time AT TIME ZONE zone)::date, coalesce(NEW.channel, ''), NEW.currency,
            NEW.status, coalesce(NEW.after_sales_kind, ''), NEW.cancelled_at IS NOT NULL,
            NEW.completed_at IS NOT NULL, 1, NEW.total);
    INSERT INTO query_side.report_order_day_lead_delta
    SELECT OLD.workspace_id, (OLD.order_time AT TIME ZONE zone)::date, leg, query_side.report_lead_bucket(seconds),
           -1, -seconds
    FROM query_side.report_lead_legs(OLD.recorded_at, OLD.shipped_at, OLD.delivered_at)
    UNION ALL
    SELECT NEW.workspace_id, (NEW.order_time AT TIME ZONE zone)::date, leg, query_side.report_lead_bucket(seconds),
           1, seconds
    FROM query_side.report_lead_legs(NEW.recorded_at, NEW.shipped_at, NEW.delivered_at);
    IF (OLD.cancelled_at IS NULL) <> (NEW.cancelled_at IS NULL) THEN
        INSERT INTO query_side.report_order_day_sku_delta
        SELECT NEW.workspace_id, (NEW.order_time AT TIME ZONE zone)::date, NEW.currency, l.sku, sign * count(*),
               sign * sum(l.quantity), sign * sum(l.line_total)
        FROM query_side.report_order_line l
        CROSS JOIN (SELECT CASE WHEN NEW.cancelled_at IS NULL THEN 1 ELSE -1 END) s(sign)
        WHERE l.order_id = NEW.order_id
        GROUP BY l.sku, s.sign;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER report_order_fact_changed AFTER UPDATE ON query_side.report_order_fact
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.after_sales_kind IS DISTINCT FROM NEW.after_sales_kind
                       OR OLD.total IS DISTINCT FROM NEW.total
                       OR OLD.channel IS DISTINCT FROM NEW.channel
                       OR OLD.currency IS DISTINCT FROM NEW.currency
                       OR OLD.order_time IS DISTINCT FROM NEW.order_time
                       OR OLD.recorded_at IS DISTINCT FROM NEW.recorded_at
                       OR OLD.shipped_at IS DISTINCT FROM NEW.shipped_at
                       OR OLD.delivered_at IS DISTINCT FROM NEW.delivered_at
                       OR OLD.completed_at IS DISTINCT FROM NEW.completed_at
                       OR OLD.cancelled_at IS DISTINCT FROM NEW.cancelled_at
                       OR OLD.workspace_id IS DISTINCT FROM NEW.workspace_id)
    EXECUTE FUNCTION query_side.report_order_fact_changed();

-- Recounts a workspace's days from its facts in the zone given, and records that zone. Serialised with folding by
-- an advisory lock, so a fold never moves deltas into days that are being recounted.
CREATE FUNCTION query_side.report_days_recount(ws VARCHAR, new_zone VARCHAR) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('query_side.report_order_day'));
    INSERT INTO query_side.report_day_zone (workspace_id, zone) VALUES (ws, new_zone)
    ON CONFLICT (workspace_id) DO UPDATE SET zone = excluded.zone;
    DELETE FROM query_side.report_order_day WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_delta WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_lead WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_lead_delta WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_sku WHERE workspace_id = ws;
    DELETE FROM query_side.report_order_day_sku_delta WHERE workspace_id = ws;
    INSERT INTO query_side.report_order_day
    SELECT workspace_id, (order_time AT TIME ZONE new_zone)::date, coalesce(channel, ''), currency, status,
           coalesce(after_sales_kind, ''), cancelled_at IS NOT NULL, completed_at IS NOT NULL, count(*), sum(total)
    FROM query_side.report_order_fact WHERE workspace_id = ws
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO query_side.report_order_day_lead
    SELECT f.workspace_id, (f.order_time AT TIME ZONE new_zone)::date, legs.leg,
           query_side.report_lead_bucket(legs.seconds), count(*), sum(legs.seconds)
    FROM query_side.report_order_fact f
    CROSS JOIN LATERAL query_side.report_lead_legs(f.recorded_at, f.shipped_at, f.delivered_at) legs
    WHERE f.workspace_id = ws
    GROUP BY 1, 2, 3, 4;
    INSERT INTO query_side.report_order_day_sku
    SELECT f.workspace_id, (f.order_time AT TIME ZONE new_zone)::date, f.currency, l.sku, count(*), sum(l.quantity),
           sum(l.line_total)
    FROM query_side.report_order_fact f JOIN query_side.report_order_line l USING (order_id)
    WHERE f.workspace_id = ws AND f.cancelled_at IS NULL
    GROUP BY 1, 2, 3, 4;
END $$;

-- Folds the committed deltas into the day tables in one transaction (ReportDayFolding calls it every second). Deltas
-- of transactions still open are not visible yet and wait for the next fold. A group that came to nothing (all its
-- orders moved to another status) stays as a zero row, which reads skip: there are at most a few per day.
CREATE FUNCTION query_side.report_days_fold() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('query_side.report_order_day'));
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
FROM (SELECT DISTINCT workspace_id FROM query_side.report_order_fact) ws
LEFT JOIN query_side.workspace w USING (workspace_id);
