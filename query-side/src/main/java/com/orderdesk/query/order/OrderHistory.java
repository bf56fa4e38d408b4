package com.orderdesk.query.order;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** Reads an order's history from {@code query_side.order_timeline} (written by {@link OrderTimelineProjection}). */
@Repository
class OrderHistory {

    private final JdbcClient jdbc;

    OrderHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The history of one order, oldest first. */
    List<TimelineRow> of(String orderId) {
        return jdbc.sql("""
                        SELECT sequence_number, at, event_type, actor_id, actor_role, summary
                        FROM query_side.order_timeline WHERE order_id = ? ORDER BY sequence_number""")
                   .param(orderId)
                   .query((rs, n) -> new TimelineRow(rs.getLong("sequence_number"),
                                                      rs.getTimestamp("at").toInstant(), rs.getString("event_type"),
                                                      rs.getString("actor_id"), rs.getString("actor_role"),
                                                      rs.getString("summary")))
                   .list();
    }

    /** A row of {@code query_side.order_timeline}. */
    record TimelineRow(long sequence, Instant at, String eventType, String actorId, String actorRole,
                       String summary) {
    }
}
