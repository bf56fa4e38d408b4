-- Creating requests with an Idempotency-Key: the first one's answer is kept and replayed to retries. The row is
-- inserted in the transaction that appends the events, so a retry racing the original waits for it and then
-- finds the answer.
CREATE TABLE command_side.idempotent_request (
    workspace_id    VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotent_request_pk PRIMARY KEY (workspace_id, idempotency_key)
);
CREATE INDEX idempotent_request_created_idx ON command_side.idempotent_request (created_at);
