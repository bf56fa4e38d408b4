-- Read models of the "accounts" projection.
CREATE TABLE query_side.workspace (
    workspace_id     VARCHAR(64)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    owner_account_id VARCHAR(64)  NOT NULL,
    opened_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT workspace_pk PRIMARY KEY (workspace_id)
);

CREATE TABLE query_side.account (
    account_id        VARCHAR(64)  NOT NULL,
    workspace_id      VARCHAR(64),
    role              VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    username          VARCHAR(64)  NOT NULL,
    mobile            VARCHAR(32)  NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    registered_at     TIMESTAMPTZ  NOT NULL,
    locked_until      TIMESTAMPTZ,
    last_login_at     TIMESTAMPTZ,
    -- Tokens issued before this are refused by the query side too.
    tokens_not_before TIMESTAMPTZ,
    CONSTRAINT account_pk PRIMARY KEY (account_id)
);
CREATE INDEX account_workspace_idx ON query_side.account (workspace_id, username);

CREATE TABLE query_side.login_history (
    event_id     VARCHAR(64)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    workspace_id VARCHAR(64),
    at           TIMESTAMPTZ  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    reason       VARCHAR(64),
    client_ip    VARCHAR(64),
    user_agent   VARCHAR(512),
    abnormal     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT login_history_pk PRIMARY KEY (event_id)
);
CREATE INDEX login_history_account_idx ON query_side.login_history (account_id, at DESC, event_id DESC);

-- Requests this side refused for lack of permission (the query side reads events but never writes them).
CREATE TABLE query_side.access_denied (
    id           BIGSERIAL    NOT NULL,
    at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    account_id   VARCHAR(64)  NOT NULL,
    workspace_id VARCHAR(64),
    method       VARCHAR(16)  NOT NULL,
    path         VARCHAR(512) NOT NULL,
    client_ip    VARCHAR(64),
    user_agent   VARCHAR(512),
    CONSTRAINT access_denied_pk PRIMARY KEY (id)
);
