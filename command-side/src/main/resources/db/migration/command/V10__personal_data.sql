-- Keys that personal data in events is sealed with, one per data subject ("account:<id>", "customer:<order id>")
-- and one per UTC day of device information ("device:<yyyy-mm-dd>"). Beside the event store, never in it.
-- Destroying a key (erasure, retention) keeps its row without a secret: the record of what became unreadable
-- when and why, and the guard that the subject never gets a new key.
CREATE TABLE event_store.data_subject_key (
    subject_id   VARCHAR(128) NOT NULL,
    secret       BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    destroyed_at TIMESTAMPTZ,
    reason       VARCHAR(32),
    CONSTRAINT data_subject_key_pk PRIMARY KEY (subject_id),
    CONSTRAINT data_subject_key_destroyed CHECK ((secret IS NULL) = (destroyed_at IS NOT NULL))
);

-- Erasures waiting for their due time: a request in its grace period (reason REQUEST), or a closed order's
-- customer contact at the end of its retention period (reason RETENTION), one row per reason so that stopping
-- the retention clock never drops a request. Written with the events that cause them; the privacy job carries out
-- due ones and retries a failed one later (attempts, last_error).
CREATE TABLE command_side.pending_erasure (
    kind         VARCHAR(16) NOT NULL CHECK (kind IN ('ACCOUNT', 'CUSTOMER')),
    aggregate_id VARCHAR(64) NOT NULL,
    reason       VARCHAR(16) NOT NULL CHECK (reason IN ('REQUEST', 'RETENTION')),
    due_at       TIMESTAMPTZ NOT NULL,
    attempts     INTEGER     NOT NULL DEFAULT 0,
    last_error   VARCHAR(200),
    CONSTRAINT pending_erasure_pk PRIMARY KEY (kind, aggregate_id, reason)
);
CREATE INDEX pending_erasure_due_idx ON command_side.pending_erasure (due_at);
