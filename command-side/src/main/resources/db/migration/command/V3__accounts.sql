-- Set-based validation: usernames (case-insensitive) and mobile numbers are unique across the system. Claims
-- are inserted in the same transaction that appends the account's events.
CREATE TABLE command_side.account_identity (
    kind       VARCHAR(16)  NOT NULL CHECK (kind IN ('USERNAME', 'MOBILE')),
    value      VARCHAR(128) NOT NULL,
    account_id VARCHAR(64)  NOT NULL,
    CONSTRAINT account_identity_pk PRIMARY KEY (kind, value)
);
CREATE INDEX account_identity_account_idx ON command_side.account_identity (account_id);

-- Password hashes live here, never in events, logs, responses or read models.
CREATE TABLE command_side.credential (
    account_id    VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT credential_pk PRIMARY KEY (account_id)
);

-- One-time invitation codes, stored as SHA-256 of the code (the code itself is shown once to the owner).
CREATE TABLE command_side.invitation (
    code_hash   CHAR(64)    NOT NULL,
    account_id  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    CONSTRAINT invitation_pk PRIMARY KEY (code_hash)
);

-- Tokens of an account issued before not_before are refused (logout, password change, removal, role change).
-- Written by a subscribing handler of TokensRevoked, in the transaction that appends the event.
CREATE TABLE command_side.token_revocation (
    account_id VARCHAR(64) NOT NULL,
    not_before TIMESTAMPTZ NOT NULL,
    CONSTRAINT token_revocation_pk PRIMARY KEY (account_id)
);
