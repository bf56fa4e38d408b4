package com.orderdesk.command.audit;

import com.orderdesk.command.security.SigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Extends the hash chain over newly committed events and signs a checkpoint of its head. Events become visible
 * in position order (the append lock of the event store), so everything after the last chained position is
 * new. One extender at a time, across instances too (a transaction-scoped advisory lock).
 */
@Component
public class EventChain {

    private static final Logger log = LoggerFactory.getLogger(EventChain.class);
    private static final long EXTENDER_LOCK = 7345002; // the event store's append lock is 7345001
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final EventTable eventTable;
    private final TransactionTemplate transaction;
    private final SigningKeys keys;
    private final Clock clock;

    EventChain(JdbcClient jdbc, PlatformTransactionManager transactions, SigningKeys keys, Clock clock,
               EventTable eventTable) {
        this.eventTable = eventTable;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${orderdesk.audit.chain-initial-delay:PT5S}",
               fixedDelayString = "${orderdesk.audit.chain-interval:PT10S}")
    void scheduledExtend() {
        extend();
    }

    /** Chains every event committed since the last run and signs a checkpoint; answers how many it chained. */
    public int extend() {
        if (!eventTable.holdsTheEvents()) {
            return 0; // nothing it could chain is in the table (EventTable)
        }
        Integer chained = transaction.execute(status -> {
            boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(EXTENDER_LOCK)
                                 .query(Boolean.class).single();
            return locked ? extendLocked() : 0;
        });
        return chained == null ? 0 : chained;
    }

    private int extendLocked() {
        Head head = head();
        if (!consistent(head)) {
            // Never sign on top of a chain that no longer matches its last signature: that would bless tampering.
            log.error("The event chain does not match its newest signed checkpoint; not extending it. "
                      + "Run GET /api/audit/chain/verification to find the break.");
            return 0;
        }
        int total = 0;
        List<ChainedEvent> batch;
        do {
            batch = jdbc.sql("SELECT " + ChainedEvent.COLUMNS + " FROM event_store.domain_event_entry e "
                             + "WHERE e.global_index > ? ORDER BY e.global_index LIMIT ?")
                        .params(head.position(), BATCH).query((rs, n) -> ChainedEvent.of(rs)).list();
            for (ChainedEvent event : batch) {
                byte[] link = event.link(head.link());
                jdbc.sql("INSERT INTO command_side.event_chain_link (global_index, link) VALUES (?, ?)")
                    .params(event.globalIndex(), link).update();
                head = new Head(event.globalIndex(), link, head.count() + 1, null, null);
            }
            total += batch.size();
        } while (batch.size() == BATCH);
        if (total > 0) {
            checkpoint(head);
        }
        return total;
    }

    private void checkpoint(Head head) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] statement = ChainedEvent.checkpointStatement(head.position(), head.count(), head.link(),
                                                            now.toString());
        jdbc.sql("""
                 INSERT INTO command_side.event_chain_checkpoint (position, event_count, head, created_at, key_id,
                                                                  signature)
                 VALUES (?, ?, ?, ?, ?, ?)""")
            .params(head.position(), head.count(), head.link(), Timestamp.from(now), keys.keyId(),
                    keys.sign(statement))
            .update();
    }

    /** Every extension ends with a checkpoint at its last link, so the newest checkpoint is the chain's head. */
    private Head head() {
        return jdbc.sql("""
                        SELECT position, head, event_count, created_at, signature
                        FROM command_side.event_chain_checkpoint
                        ORDER BY position DESC, checkpoint_id DESC LIMIT 1""")
                   .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2), rs.getLong(3),
                                              rs.getTimestamp(4).toInstant().toString(), rs.getBytes(5)))
                   .optional().orElse(new Head(-1, ChainedEvent.GENESIS, 0, null, null));
    }

    /** The newest checkpoint's signature holds, and the chain's last link is the one it signed. */
    private boolean consistent(Head head) {
        Optional<byte[]> lastLink = jdbc.sql("""
                                             SELECT link FROM command_side.event_chain_link
                                             WHERE global_index >= ? ORDER BY global_index DESC LIMIT 1""")
                                        .param(head.position()).query(byte[].class).optional();
        if (head.signature() == null) {
            return lastLink.isEmpty();
        }
        byte[] statement = ChainedEvent.checkpointStatement(head.position(), head.count(), head.link(),
                                                            head.createdAt());
        return keys.verify(statement, head.signature()) && lastLink.isPresent()
               && Arrays.equals(lastLink.get(), head.link());
    }

    /** The last link of the chain: its position, hash and how many events it covers, as signed (if ever). */
    private record Head(long position, byte[] link, long count, String createdAt, byte[] signature) {
    }
}
