package com.orderdesk.command.audit;

import com.orderdesk.command.security.SigningKeys;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Recomputes the chain from the event store itself and compares it with the stored links and the signed
 * checkpoints. Reports the first break: an event whose bytes no longer give its link (altered), a link without
 * its event (deleted), an event slipped in among chained ones, a checkpoint whose signature or head does not
 * match, or a checkpoint beyond the end of the chain (truncated). Streams the store; never holds it in memory.
 */
@Component
public class ChainVerifier {

    private final StreamingReads streaming;
    private final JdbcClient jdbc;
    private final EventTable eventTable;
    private final SigningKeys keys;

    ChainVerifier(StreamingReads streaming, JdbcClient jdbc, SigningKeys keys, EventTable eventTable) {
        this.eventTable = eventTable;
        this.streaming = streaming;
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * Also checks that the chain still runs through {@code expected} (a position and head from an earlier
     * export's manifest): the outside anchor that catches a history rewritten together with its newest
     * checkpoints.
     */
    public ChainVerification verify(Anchor expected) {
        eventTable.require("Chain verification"); // never "intact" over a table that holds no events
        return streaming.readOnly(() -> {
            Map<Long, Checkpoint> checkpoints = checkpoints();
            Walk walk = new Walk(checkpoints, keys, expected);
            streaming.client().sql("SELECT " + ChainedEvent.COLUMNS + ", l.global_index AS link_index, l.link "
                          + "FROM event_store.domain_event_entry e "
                          + "FULL OUTER JOIN command_side.event_chain_link l ON l.global_index = e.global_index "
                          + "ORDER BY coalesce(e.global_index, l.global_index)")
                     .query((RowCallbackHandler) walk::step);
            return walk.result();
        });
    }

    private Map<Long, Checkpoint> checkpoints() {
        Map<Long, Checkpoint> byPosition = new HashMap<>();
        jdbc.sql("SELECT position, event_count, head, created_at, signature FROM command_side.event_chain_checkpoint")
            .query((RowCallbackHandler) rs -> byPosition.put(rs.getLong(1), new Checkpoint(
                    rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getTimestamp(4).toInstant().toString(),
                    rs.getBytes(5))));
        return byPosition;
    }

    private record Checkpoint(long position, long count, byte[] head, String createdAt, byte[] signature) {
    }

    /** A position and the head the chain had there, as an earlier export's manifest recorded them. */
    public record Anchor(long position, byte[] head) {
    }

    /** The walk along the store in position order, remembering the first break. */
    private static final class Walk {
        private final Map<Long, Checkpoint> checkpoints;
        private final SigningKeys keys;
        private final Anchor expected;
        private byte[] previous = ChainedEvent.GENESIS;
        private long checked;
        private long chainedUpTo = -1;
        private long pending;
        private long checkpointsChecked;
        private ChainVerification.Break firstBreak;

        Walk(Map<Long, Checkpoint> checkpoints, SigningKeys keys, Anchor expected) {
            this.checkpoints = checkpoints;
            this.keys = keys;
            this.expected = expected;
        }

        void step(ResultSet rs) throws SQLException {
            if (firstBreak != null) {
                return;
            }
            long linkIndex = rs.getLong("link_index");
            boolean linked = !rs.wasNull();
            rs.getLong("global_index");
            boolean stored = !rs.wasNull();
            if (!stored) {
                fail(linkIndex, "the event chained at this position is missing (deleted)");
                return;
            }
            ChainedEvent event = ChainedEvent.of(rs);
            if (!linked) {
                if (pending == 0 && checkpoints.keySet().stream().anyMatch(p -> p > event.globalIndex())) {
                    fail(event.globalIndex(), "an event appears among chained ones that was never chained (inserted)");
                    return;
                }
                pending++;
                return;
            }
            if (pending > 0) {
                fail(event.globalIndex() - 1, "events before this position were never chained");
                return;
            }
            byte[] recomputed = event.link(previous);
            if (!Arrays.equals(recomputed, rs.getBytes("link"))) {
                fail(event.globalIndex(), "the event's stored bytes no longer match its link (altered)");
                return;
            }
            previous = recomputed;
            checked++;
            chainedUpTo = event.globalIndex();
            Checkpoint checkpoint = checkpoints.get(event.globalIndex());
            if (checkpoint != null) {
                checkCheckpoint(checkpoint);
            }
            if (firstBreak == null && expected != null && expected.position() == event.globalIndex()
                && !Arrays.equals(expected.head(), previous)) {
                fail(event.globalIndex(), "the chain no longer runs through the expected head (history rewritten)");
            }
        }

        private void checkCheckpoint(Checkpoint checkpoint) {
            byte[] statement = ChainedEvent.checkpointStatement(checkpoint.position(), checkpoint.count(),
                                                                checkpoint.head(), checkpoint.createdAt());
            if (!keys.verify(statement, checkpoint.signature())) {
                fail(checkpoint.position(), "the checkpoint's signature does not verify");
            } else if (!Arrays.equals(checkpoint.head(), previous) || checkpoint.count() != checked) {
                fail(checkpoint.position(), "the chain differs from the signed checkpoint (head or event count)");
            } else {
                checkpointsChecked++;
            }
        }

        private void fail(long position, String problem) {
            firstBreak = new ChainVerification.Break(position, problem);
        }

        ChainVerification result() {
            if (firstBreak == null && expected != null && chainedUpTo < expected.position()) {
                fail(chainedUpTo + 1, "the chain ends before the expected position " + expected.position()
                                      + " (truncated)");
            }
            if (firstBreak == null) {
                long beyond = checkpoints.keySet().stream().filter(p -> p > chainedUpTo).min(Long::compare)
                                         .orElse(-1L);
                if (beyond >= 0) {
                    fail(chainedUpTo + 1, "a signed checkpoint covers position " + beyond
                                          + " but the chain ends before it (truncated)");
                }
            }
            return new ChainVerification(firstBreak == null, checked, chainedUpTo, pending, checkpointsChecked,
                                         firstBreak);
        }
    }
}
