-- Task permissions use the role in the caller's access token; nothing reads the copied role.
ALTER TABLE command_side.workspace_member DROP COLUMN role;
