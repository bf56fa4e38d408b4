-- Tamper evidence for the event store: a hash chain over the events in global order, and signed checkpoints.
-- link(n) = SHA-256(link(previous) || SHA-256(canonical bytes of event n as stored)); the first link starts from
-- 32 zero bytes. Written by the command side's EventChain, after the events commit; checked by its verifier.
CREATE TABLE command_side.event_chain_link (
    global_index BIGINT NOT NULL,
    link         BYTEA  NOT NULL,
    CONSTRAINT event_chain_link_pk PRIMARY KEY (global_index)
);

-- A checkpoint: the head of the chain at a position, with how many events it covers, signed with the service
-- key (whose public half is at /.well-known/jwks.json). Rewriting events and links cannot forge these.
CREATE TABLE command_side.event_chain_checkpoint (
    checkpoint_id BIGSERIAL    NOT NULL,
    position      BIGINT       NOT NULL,
    event_count   BIGINT       NOT NULL,
    head          BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    key_id        VARCHAR(100) NOT NULL,
    signature     BYTEA        NOT NULL,
    CONSTRAINT event_chain_checkpoint_pk PRIMARY KEY (checkpoint_id)
);
CREATE INDEX event_chain_checkpoint_position_idx ON command_side.event_chain_checkpoint (position);
