-- Support and privacy requests (projection "support-requests"): one row per request and its thread of messages.
-- The texts are what the requester and the admins wrote; the requester sees them all.
CREATE TABLE query_side.support_request (
    request_id   VARCHAR(64)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    workspace_id VARCHAR(64),
    kind         VARCHAR(16)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    submitted_at TIMESTAMPTZ  NOT NULL,
    due_at       TIMESTAMPTZ  NOT NULL,
    answered_at  TIMESTAMPTZ,
    closed_at    TIMESTAMPTZ,
    resolution   VARCHAR(4000),
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT support_request_pk PRIMARY KEY (request_id)
);
-- The requester's list (newest first) and the admins' queue (oldest due first).
CREATE INDEX support_request_requester_idx ON query_side.support_request (account_id, submitted_at DESC, request_id);
CREATE INDEX support_request_queue_idx ON query_side.support_request (due_at, request_id);

CREATE TABLE query_side.support_message (
    request_id      VARCHAR(64)   NOT NULL REFERENCES query_side.support_request (request_id) ON DELETE CASCADE,
    sequence_number BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    author_id       VARCHAR(64),
    text            VARCHAR(4000) NOT NULL,
    at              TIMESTAMPTZ   NOT NULL,
    CONSTRAINT support_message_pk PRIMARY KEY (request_id, sequence_number)
);
