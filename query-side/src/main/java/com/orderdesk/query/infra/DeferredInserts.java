package com.orderdesk.query.infra;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts that a projection hands over instead of running them at once: they go to the database together, one
 * JDBC batch per statement, when the batch's unit of work prepares to commit, or earlier when the projection calls
 * {@link #flush()} before a statement that must see them. Per event, a projection's insert was a round trip of its
 * own (docs/benchmarks.md, figure 4).
 * <p>
 * Only writes of a handler running outside a savepoint in a batch are deferred. If the batch of inserts fails, no
 * single handler is to blame: every event with an insert in it is remembered as failed, the batch rolls back, and
 * the retried batch runs each of them in a savepoint, with its inserts at once, so that exactly the bad one is
 * dead-lettered ({@link SavepointPerEventHandler}).
 */
@Component
public class DeferredInserts {

    private static final String PENDING = DeferredInserts.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final SavepointPerEventHandler handlers;

    DeferredInserts(JdbcTemplate jdbc, SavepointPerEventHandler handlers) {
        this.jdbc = jdbc;
        this.handlers = handlers;
    }

    /** Runs the insert now, or with the batch's other inserts before it commits (see the class comment). */
    public void insert(String sql, Object... params) {
        String event = handlers.unguardedEvent();
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (event == null || !(unitOfWork instanceof BatchingUnitOfWork<?>)) {
            jdbc.update(sql, params);
            return;
        }
        Pending pending = unitOfWork.getOrComputeResource(PENDING, key -> {
            Pending created = new Pending();
            unitOfWork.onPrepareCommit(u -> send(created));
            return created;
        });
        pending.rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(params);
        pending.events.add(event);
    }

    /** Sends the inserts deferred so far in this unit of work, before a statement that must see their rows. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Pending pending = CurrentUnitOfWork.get().getResource(PENDING);
            if (pending != null) {
                send(pending);
            }
        }
    }

    private void send(Pending pending) {
        try {
            pending.rows.forEach(jdbc::batchUpdate);
        } catch (RuntimeException e) {
            handlers.failedUnguarded(pending.events);
            throw e;
        }
        pending.rows.clear();
        pending.events.clear();
    }

    /** The deferred rows of one unit of work, per statement in the order given, and the events they came from. */
    private static final class Pending {
        private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        private final Set<String> events = new LinkedHashSet<>();
    }
}
