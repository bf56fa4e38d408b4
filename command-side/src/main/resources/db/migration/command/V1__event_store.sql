-- The Axon event store, read by Axon's JDBC storage engine (column names mapped in EventStoreConfiguration).
-- Payload and metadata are BYTEA holding UTF-8 JSON: readable with convert_from(payload, 'UTF8')::jsonb,
-- and never PostgreSQL large objects.

CREATE SEQUENCE event_store.domain_event_global_index_seq AS BIGINT START WITH 1 INCREMENT BY 1 CACHE 1;

CREATE TABLE event_store.domain_event_entry (
    global_index         BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    -- Tracking processors read by global_index ranges.
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    -- Aggregate loading reads by (aggregate, sequence); the constraint is also the optimistic lock.
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

ALTER SEQUENCE event_store.domain_event_global_index_seq OWNED BY event_store.domain_event_entry.global_index;

CREATE TABLE event_store.snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

-- Why appends are serialised (Axon issue #4829): a sequence hands out positions when a row is inserted, but
-- rows become visible when their transaction commits. If a transaction holding position N is slow while N+1
-- commits, a tracking processor sees a gap at N; Axon waits for such a gap only for a timeout, then gives up
-- and the event at N is never processed. Taking a transaction-scoped lock before drawing the position makes
-- positions visible strictly in the order they were drawn: a reader that sees N+1 has already seen N, or N
-- was rolled back and the gap is permanent. The lock is held from the first event insert to commit, which in
-- Axon is the very end of the unit of work. The cost (appends no longer share a commit flush) is measured by
-- the benchmark; see README, "Event store design".
CREATE FUNCTION event_store.assign_global_index() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(7345001);  -- the event store's append lock; no other code uses this key
    NEW.global_index := nextval('event_store.domain_event_global_index_seq');
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_assign_global_index
    BEFORE INSERT ON event_store.domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_store.assign_global_index();
