-- Files attached to orders. The bytes live here, never in events; the AttachmentAdded event carries the id,
-- name, type, size and SHA-256. Written and deleted in the transaction of the attach/remove command.
CREATE TABLE command_side.attachment_file (
    attachment_id VARCHAR(64)  NOT NULL,
    workspace_id  VARCHAR(64)  NOT NULL,
    order_id      VARCHAR(64)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT attachment_file_pk PRIMARY KEY (attachment_id)
);
CREATE INDEX attachment_file_order_idx ON command_side.attachment_file (order_id);
