-- The audit trail (projection "audit-trail", one segment so entries follow the event store's global order):
-- one entry per event of every aggregate and per security event, with who, from where and with what result.
CREATE TABLE query_side.audit_entry (
    entry_id        VARCHAR(64)  NOT NULL,
    position        BIGINT,
    at              TIMESTAMPTZ  NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    aggregate_type  VARCHAR(64),
    aggregate_id    VARCHAR(64),
    sequence_number BIGINT,
    workspace_id    VARCHAR(64),
    actor_id        VARCHAR(64),
    actor_name      VARCHAR(100),
    actor_role      VARCHAR(16),
    client_ip       VARCHAR(64),
    user_agent      VARCHAR(512),
    request_id      VARCHAR(100),
    correlation_id  VARCHAR(64),
    causation_id    VARCHAR(64),
    outcome         VARCHAR(16)  NOT NULL,
    reason          VARCHAR(300),
    summary         TEXT         NOT NULL,
    CONSTRAINT audit_entry_pk PRIMARY KEY (entry_id)
);
CREATE INDEX audit_entry_workspace_idx ON query_side.audit_entry (workspace_id, at DESC, entry_id DESC);
CREATE INDEX audit_entry_actor_idx ON query_side.audit_entry (actor_id, at DESC);
CREATE INDEX audit_entry_aggregate_idx ON query_side.audit_entry (aggregate_id, sequence_number);
CREATE INDEX audit_entry_type_idx ON query_side.audit_entry (event_type, at DESC);
CREATE INDEX audit_entry_ip_idx ON query_side.audit_entry (client_ip, at DESC);

-- Display names as they were when each event happened, and each account's workspace.
CREATE TABLE query_side.audit_account (
    account_id   VARCHAR(64)  NOT NULL,
    workspace_id VARCHAR(64),
    display_name VARCHAR(100),
    CONSTRAINT audit_account_pk PRIMARY KEY (account_id)
);

-- The whole trail: the projected entries and the query side's own refusals (it writes no events).
CREATE VIEW query_side.audit_trail AS
SELECT entry_id, position, at, event_type, aggregate_type, aggregate_id, sequence_number, workspace_id, actor_id,
       actor_name, actor_role, client_ip, user_agent, request_id, correlation_id, causation_id, outcome, reason,
       summary
FROM query_side.audit_entry
UNION ALL
SELECT 'query-denied-' || d.id, NULL, d.at, 'AccessDenied', NULL, NULL, NULL, d.workspace_id, d.account_id,
       a.display_name, NULL, d.client_ip, d.user_agent, NULL, NULL, NULL, 'DENIED', 'role does not allow it',
       'Refused ' || d.method || ' ' || d.path || ' (query side)'
FROM query_side.access_denied d
LEFT JOIN query_side.audit_account a ON a.account_id = d.account_id;
CREATE INDEX access_denied_workspace_idx ON query_side.access_denied (workspace_id, at DESC);
