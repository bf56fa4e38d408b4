package com.orderdesk.command.order;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Attachment bytes in {@code command_side.attachment_file}, written in the transaction of the command. */
@Repository
class AttachmentFiles {

    private final JdbcClient jdbc;

    AttachmentFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(StoredFile file, byte[] content) {
        jdbc.sql("""
                 INSERT INTO command_side.attachment_file (attachment_id, workspace_id, order_id, file_name,
                                                           content_type, size, sha256, content)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(file.attachmentId(), file.workspaceId(), file.orderId(), file.fileName(), file.contentType(),
                    file.size(), file.sha256(), content)
            .update();
    }

    void delete(String attachmentId) {
        jdbc.sql("DELETE FROM command_side.attachment_file WHERE attachment_id = ?").param(attachmentId).update();
    }

    /** The file and its bytes, if it belongs to this order of this workspace. */
    Optional<Download> find(String workspaceId, String orderId, String attachmentId) {
        return jdbc.sql("""
                        SELECT attachment_id, workspace_id, order_id, file_name, content_type, size, sha256, content
                        FROM command_side.attachment_file
                        WHERE attachment_id = ? AND order_id = ? AND workspace_id = ?""")
                   .params(attachmentId, orderId, workspaceId)
                   .query((rs, n) -> new Download(new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3),
                                                                 rs.getString(4), rs.getString(5), rs.getLong(6),
                                                                 rs.getString(7)), rs.getBytes(8)))
                   .optional();
    }

    /** A stored file with its bytes. */
    record Download(StoredFile file, byte[] content) {
    }

    /** What is known about a stored file. */
    record StoredFile(String attachmentId, String workspaceId, String orderId, String fileName, String contentType,
                      long size, String sha256) {
    }
}
