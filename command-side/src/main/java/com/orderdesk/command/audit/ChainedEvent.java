package com.orderdesk.command.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * An event row exactly as stored, and the chain's arithmetic over it. The canonical bytes are every column in a
 * fixed order, each length-prefixed (4 bytes, big-endian; -1 for SQL NULL), the position as 8 bytes first: so
 * no two different rows share an encoding, and encrypted or erased payloads are hashed as they are stored.
 * {@code link(n) = SHA-256(link(n-1) || SHA-256(canonical bytes of n))}: hashing the row's digest rather than the
 * row lets an export prove the chain while showing some rows only by their digest.
 */
record ChainedEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                    String type, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                    byte[] metaData) {

    static final byte[] GENESIS = new byte[32];

    static final String COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, "
                                  + "e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    static ChainedEvent of(ResultSet rs) throws SQLException {
        return new ChainedEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                                rs.getString("type"), rs.getString("time_stamp"), rs.getString("payload_type"),
                                rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data"));
    }

    byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 512);
        out.writeBytes(ByteBuffer.allocate(8).putLong(globalIndex).array());
        for (String text : new String[]{eventIdentifier, aggregateIdentifier, Long.toString(sequenceNumber), type,
                                        timeStamp, payloadType, payloadRevision}) {
            field(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }
        field(out, payload);
        field(out, metaData);
        return out.toByteArray();
    }

    byte[] digest() {
        return sha256().digest(canonicalBytes());
    }

    /** The link that chains this event after {@code previous}. */
    byte[] link(byte[] previous) {
        return link(previous, digest());
    }

    static byte[] link(byte[] previous, byte[] digest) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(digest);
        return sha256.digest();
    }

    /** What a checkpoint's signature covers. */
    static byte[] checkpointStatement(long position, long count, byte[] head, String createdAt) {
        return ("orderdesk-event-chain-checkpoint/1|" + position + "|" + count + "|" + HexFormat.of().formatHex(head)
                + "|" + createdAt).getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
