package com.orderdesk.query.deadletter;

import com.orderdesk.events.operations.DeadLettersEvicted;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.personaldata.PersonalDataCodec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Carries out the admin's evictions of dead letters, recorded on the command side as {@link DeadLettersEvicted}, in
 * the same transaction as this processor's progress: the letters leave the queue exactly once, and the eviction is
 * kept with how many letters it dropped. Not rebuildable: it acts on the queues, which a rebuild empties anyway.
 */
@Component
@ProcessingGroup(DeadLetterEvictions.PROCESSING_GROUP)
class DeadLetterEvictions {

    static final String PROCESSING_GROUP = "dead-letter-evictions";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterEvictions.class);

    private final DeadLetterQueues queues;
    private final JdbcClient jdbc;

    DeadLetterEvictions(DeadLetterQueues queues, JdbcClient jdbc) {
        this.queues = queues;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DeadLettersEvicted e, EventMessage<?> message, @Timestamp Instant at) {
        int evicted = 0;
        if (queues.hasQueue(e.projection())) {
            evicted = queues.evict(e.projection(), e.sequence(), e.letterId(), at);
        } else {
            log.info("Eviction {} names {}, which has no dead-letter queue here: nothing evicted",
                     message.getIdentifier(), e.projection());
        }
        jdbc.sql("""
                 INSERT INTO query_side.dead_letter_eviction (event_id, at, admin_id, projection, sequence, letter_id,
                                                              evicted, reason)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
            .params(message.getIdentifier(), at.atOffset(ZoneOffset.UTC), e.adminId(), e.projection(), e.sequence(),
                    e.letterId(), evicted, e.reason())
            .update();
    }

    /** The reasons are the admin's words: they go with the rest of the admin's personal data. */
    @EventHandler
    void on(AccountErased e) {
        jdbc.sql("UPDATE query_side.dead_letter_eviction SET reason = ? WHERE admin_id = ?")
            .params(PersonalDataCodec.ERASED, e.accountId()).update();
    }
}
