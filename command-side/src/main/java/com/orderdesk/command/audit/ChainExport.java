package com.orderdesk.command.audit;

import com.nimbusds.jose.jwk.RSAKey;
import com.orderdesk.command.security.SigningKeys;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The chain up to its latest signed checkpoint as a text file an auditor can verify offline with
 * {@code java tools/VerifyChainExport.java --jwks jwks.json <file>} (format in docs/audit.md). Rows of the caller's workspace are
 * exported in full (canonical bytes, base64); every other row only by its digest, which proves the chain without
 * showing another merchant's data. Streams from the database; never holds the store in memory.
 */
@Component
public class ChainExport {

    private final StreamingReads streaming;
    private final JdbcClient jdbc;
    private final EventTable eventTable;
    private final SigningKeys keys;
    private final JsonMapper json = JsonMapper.builder().build();

    ChainExport(StreamingReads streaming, JdbcClient jdbc, SigningKeys keys, EventTable eventTable) {
        this.eventTable = eventTable;
        this.streaming = streaming;
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Writes the export; {@code workspaceId} null shows every row in full (the platform admin's export). */
    public void write(OutputStream out, String workspaceId) {
        eventTable.require("The chain export");
        streaming.readOnly(() -> {
            Manifest manifest = jdbc.sql("""
                            SELECT position, event_count, head, created_at, key_id, signature
                            FROM command_side.event_chain_checkpoint ORDER BY position DESC, checkpoint_id DESC LIMIT 1""")
                                    .query((rs, n) -> new Manifest(rs.getLong(1), rs.getLong(2), rs.getBytes(3),
                                                                   rs.getTimestamp(4).toInstant().toString(),
                                                                   rs.getString(5), rs.getBytes(6)))
                                    .optional().orElse(null);
            line(out, "# orderdesk event chain export 1: R = row in full, D = row by digest, M = signed manifest");
            if (manifest == null) {
                return null;
            }
            streaming.client().sql("SELECT " + ChainedEvent.COLUMNS + ", l.link FROM event_store.domain_event_entry e "
                          + "JOIN command_side.event_chain_link l ON l.global_index = e.global_index "
                          + "WHERE e.global_index <= ? ORDER BY e.global_index")
                     .param(manifest.position())
                     .query((RowCallbackHandler) rs -> {
                         ChainedEvent event = ChainedEvent.of(rs);
                         String link = HexFormat.of().formatHex(rs.getBytes("link"));
                         line(out, shownInFull(event, workspaceId)
                                 ? "R " + event.globalIndex() + " "
                                   + Base64.getEncoder().encodeToString(event.canonicalBytes()) + " " + link
                                 : "D " + event.globalIndex() + " " + HexFormat.of().formatHex(event.digest()) + " "
                                   + link);
                     });
            RSAKey publicKey = (RSAKey) keys.publicKeys().getKeys().get(0);
            line(out, "M " + manifest.count() + " " + manifest.position() + " "
                      + HexFormat.of().formatHex(manifest.head()) + " " + manifest.createdAt() + " "
                      + manifest.keyId() + " " + Base64.getEncoder().encodeToString(manifest.signature()) + " "
                      + publicKey.getModulus() + " " + publicKey.getPublicExponent());
            return null;
        });
    }

    private boolean shownInFull(ChainedEvent event, String workspaceId) {
        if (workspaceId == null) {
            return true;
        }
        if (event.metaData() == null) {
            return false;
        }
        JsonNode meta = json.readTree(event.metaData());
        return meta.has("workspaceId") && workspaceId.equals(meta.get("workspaceId").asString());
    }

    private static void line(OutputStream out, String text) {
        try {
            out.write((text + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Manifest(long position, long count, byte[] head, String createdAt, String keyId,
                            byte[] signature) {
    }
}
