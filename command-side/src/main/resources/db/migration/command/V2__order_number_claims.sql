-- Set-based validation: an external order number is unique per workspace. The claim is inserted in the same
-- transaction that appends the OrderRecorded event, so two concurrent recordings cannot both succeed.
CREATE TABLE command_side.order_number_claim (
    workspace_id          VARCHAR(64)  NOT NULL,
    external_order_number VARCHAR(128) NOT NULL,
    order_id              VARCHAR(64)  NOT NULL,
    claimed_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT order_number_claim_pk PRIMARY KEY (workspace_id, external_order_number)
);
