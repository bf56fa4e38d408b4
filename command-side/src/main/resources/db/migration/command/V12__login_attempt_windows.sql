-- Sign-in attempts per client address and minute: the login rate limit, shared by every command-side instance.
-- The address is kept only as a keyed hash (HMAC-SHA-256, with a key derived from the token signing key, which all
-- instances share), never in clear; rows of past minutes are deleted as time goes on.
CREATE TABLE command_side.login_attempt_window (
    address_hash BYTEA   NOT NULL,
    minute       BIGINT  NOT NULL,
    attempts     INTEGER NOT NULL,
    CONSTRAINT login_attempt_window_pk PRIMARY KEY (address_hash, minute)
);
