-- Who is an active member of which workspace, for checking task assignees and resolving @mentions.
-- Kept by a subscribing handler of account events, in the transaction that appends them.
CREATE TABLE command_side.workspace_member (
    account_id   VARCHAR(64) NOT NULL,
    workspace_id VARCHAR(64) NOT NULL,
    username     VARCHAR(64) NOT NULL,
    role         VARCHAR(16) NOT NULL,
    active       BOOLEAN     NOT NULL,
    CONSTRAINT workspace_member_pk PRIMARY KEY (account_id)
);
CREATE INDEX workspace_member_username_idx ON command_side.workspace_member (workspace_id, lower(username));

-- Tasks link only to orders of their workspace; looked up by order id.
CREATE INDEX order_number_claim_order_idx ON command_side.order_number_claim (order_id);
