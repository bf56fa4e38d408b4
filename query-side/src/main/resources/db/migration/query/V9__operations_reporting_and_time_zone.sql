-- The workspace's time zone (projection "accounts"): report days follow it when no zone is asked for. NULL means
-- none was set (UTC). The version is the Workspace aggregate's, for If-Match on the command side; every workspace
-- so far has only its opening event, version 0.
ALTER TABLE query_side.workspace ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE query_side.workspace ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Facts for the operations reports (projection "operations-reporting"): the members of each workspace with their
-- role and status now, and every sign-in outcome and lockout of a member's account. Grouped at query time in the
-- zone asked for; a sign-in's workspace is its account's.
CREATE TABLE query_side.report_member (
    account_id   VARCHAR(64) NOT NULL,
    workspace_id VARCHAR(64) NOT NULL,
    role         VARCHAR(16) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    CONSTRAINT report_member_pk PRIMARY KEY (account_id)
);
CREATE INDEX report_member_workspace_idx ON query_side.report_member (workspace_id);

CREATE TABLE query_side.report_sign_in (
    event_id   VARCHAR(64) NOT NULL,
    account_id VARCHAR(64) NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    -- SUCCEEDED, FAILED (wrong password), REFUSED (locked, invited, removed or closed account), LOCKED (lockout)
    kind       VARCHAR(16) NOT NULL,
    CONSTRAINT report_sign_in_pk PRIMARY KEY (event_id)
);
CREATE INDEX report_sign_in_account_idx ON query_side.report_sign_in (account_id, at);
