-- Evictions of dead letters the platform admin decided (event DeadLettersEvicted), as carried out here: how many
-- letters left the queue. The reason is the admin's words: erased with their account like their display name.
CREATE TABLE query_side.dead_letter_eviction (
    event_id    VARCHAR(64)  NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    admin_id    VARCHAR(64)  NOT NULL,
    projection  VARCHAR(64)  NOT NULL,
    sequence    VARCHAR(255) NOT NULL,
    letter_id   VARCHAR(64),
    evicted     INTEGER      NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    CONSTRAINT dead_letter_eviction_pk PRIMARY KEY (event_id)
);

CREATE INDEX dead_letter_eviction_at_idx ON query_side.dead_letter_eviction (at DESC, event_id);
CREATE INDEX dead_letter_eviction_admin_idx ON query_side.dead_letter_eviction (admin_id);
