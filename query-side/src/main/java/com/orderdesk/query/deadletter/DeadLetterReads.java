package com.orderdesk.query.deadletter;

import com.orderdesk.query.list.Cursor;
import com.orderdesk.query.list.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the dead-letter queues hold, read from their table for the admin: counts per projection, the parked
 * sequences with their first letters and causes, and the evictions carried out. Payloads are never read.
 */
@Component
class DeadLetterReads {

    /** Letters shown per sequence; the count says how many it holds. */
    static final int LETTERS_SHOWN = 20;

    /** A projection's queue: how many aggregates are held back, by how many events, parked since when. */
    record QueueSize(String projection, long sequences, long letters, Instant oldestEnqueuedAt) {
    }

    /** One aggregate's parked events: the first failed, the others wait behind it. */
    record ParkedSequence(String projection, String sequence, String aggregateType, long letters,
                          Instant firstEnqueuedAt, Instant lastTouchedAt, List<Letter> firstLetters) {
    }

    /** A parked event: what it was and why it failed (the cause of the last attempt). */
    record Letter(String letterId, String eventId, String eventType, Long aggregateSequenceNumber,
                  Instant enqueuedAt, Instant lastTouchedAt, String causeType, String causeMessage) {
    }

    /** An eviction the admin decided, as carried out here. */
    record Eviction(String eventId, Instant at, String adminId, String projection, String sequence,
                    String letterId, int evicted, String reason) {
    }

    private final JdbcClient jdbc;

    DeadLetterReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every named projection's queue size, empty ones included, in the order given. */
    List<QueueSize> sizes(Collection<String> projections) {
        Map<String, QueueSize> held = jdbc.sql("""
                                               SELECT processing_group, count(DISTINCT sequence_identifier) AS sequences,
                                                      count(*) AS letters, min(enqueued_at::timestamptz) AS oldest
                                               FROM query_side.dead_letter_entry GROUP BY processing_group""")
                                          .query((rs, n) -> new QueueSize(rs.getString(1), rs.getLong(2),
                                                                          rs.getLong(3), timestamp(rs, 4)))
                                          .list().stream()
                                          .collect(Collectors.toMap(QueueSize::projection, size -> size));
        return projections.stream()
                          .map(name -> held.getOrDefault(name, new QueueSize(name, 0, 0, null)))
                          .toList();
    }

    /** The projection's parked sequences, the longest parked first. */
    Page<ParkedSequence> sequences(String projection, String cursor, int limit) {
        Object[] after = cursor == null ? null : positionAfter(cursor);
        List<ParkedSequence> heads = jdbc.sql("""
                SELECT sequence_identifier, min(aggregate_type) AS aggregate_type, count(*) AS letters,
                       min(enqueued_at::timestamptz) AS first_enqueued,
                       max(coalesce(last_touched, enqueued_at)::timestamptz) AS last_touched
                FROM query_side.dead_letter_entry WHERE processing_group = ?
                GROUP BY sequence_identifier
                """ + (after == null ? "" : "HAVING (min(enqueued_at::timestamptz), sequence_identifier) > (?, ?) ") + """
                ORDER BY first_enqueued, sequence_identifier LIMIT ?""")
                                         .params(after == null ? new Object[]{projection, limit + 1}
                                                         : new Object[]{projection, after[0], after[1], limit + 1})
                                         .query((rs, n) -> new ParkedSequence(
                                                 projection, rs.getString(1), rs.getString(2), rs.getLong(3),
                                                 timestamp(rs, 4), timestamp(rs, 5), List.of()))
                                         .list();
        Map<String, List<Letter>> letters = firstLetters(projection, heads);
        return Page.of(heads.stream().map(head -> new ParkedSequence(
                               head.projection(), head.sequence(), head.aggregateType(), head.letters(),
                               head.firstEnqueuedAt(), head.lastTouchedAt(),
                               letters.getOrDefault(head.sequence(), List.of()))).toList(),
                       limit, last -> Cursor.encode(last.firstEnqueuedAt(), last.sequence()));
    }

    boolean isParked(String projection, String sequence) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM query_side.dead_letter_entry
                                       WHERE processing_group = ? AND sequence_identifier = ?)""")
                   .params(projection, sequence).query(Boolean.class).single();
    }

    long count(String projection, String sequence) {
        return jdbc.sql("""
                        SELECT count(*) FROM query_side.dead_letter_entry
                        WHERE processing_group = ? AND sequence_identifier = ?""")
                   .params(projection, sequence).query(Long.class).single();
    }

    /** The sequence's first letter now (null when nothing of it is parked any more). */
    Letter head(String projection, String sequence) {
        return jdbc.sql("SELECT " + LETTER_COLUMNS + """
                         FROM query_side.dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?
                        ORDER BY sequence_index LIMIT 1""")
                   .params(projection, sequence).query(DeadLetterReads::letter).optional().orElse(null);
    }

    /** The projection's parked sequences, the longest parked first (what "retry all" goes through). */
    List<String> sequenceIds(String projection) {
        return jdbc.sql("""
                        SELECT sequence_identifier FROM query_side.dead_letter_entry WHERE processing_group = ?
                        GROUP BY sequence_identifier ORDER BY min(enqueued_at::timestamptz), sequence_identifier""")
                   .param(projection).query(String.class).list();
    }

    List<Eviction> recentEvictions(int limit) {
        return jdbc.sql("""
                        SELECT event_id, at, admin_id, projection, sequence, letter_id, evicted, reason
                        FROM query_side.dead_letter_eviction ORDER BY at DESC, event_id LIMIT ?""")
                   .param(limit)
                   .query((rs, n) -> new Eviction(rs.getString(1), timestamp(rs, 2),
                                                  rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                                  rs.getInt(7), rs.getString(8)))
                   .list();
    }

    private static final String LETTER_COLUMNS = """
            dead_letter_id, event_identifier, payload_type, sequence_number, enqueued_at, last_touched, cause_type,
            cause_message, sequence_identifier""";

    private Map<String, List<Letter>> firstLetters(String projection, List<ParkedSequence> sequences) {
        if (sequences.isEmpty()) {
            return Map.of();
        }
        String[] ids = sequences.stream().map(ParkedSequence::sequence).toArray(String[]::new);
        Map<String, List<Letter>> bySequence = new LinkedHashMap<>();
        jdbc.sql("SELECT " + LETTER_COLUMNS + """
                  FROM (SELECT *, row_number() OVER (PARTITION BY sequence_identifier ORDER BY sequence_index) AS place
                       FROM query_side.dead_letter_entry
                       WHERE processing_group = ? AND sequence_identifier = ANY(?)) numbered
                 WHERE place <= ? ORDER BY sequence_identifier, sequence_index""")
            .params(projection, ids, LETTERS_SHOWN)
            .query(rs -> {
                bySequence.computeIfAbsent(rs.getString("sequence_identifier"), id -> new ArrayList<>())
                          .add(letter(rs, 0));
            });
        return bySequence;
    }

    private static Letter letter(ResultSet rs, int rowNum) throws SQLException {
        long number = rs.getLong("sequence_number");
        return new Letter(rs.getString("dead_letter_id"), rs.getString("event_identifier"),
                          simpleName(rs.getString("payload_type")), rs.wasNull() ? null : number,
                          instant(rs.getString("enqueued_at")), instant(rs.getString("last_touched")),
                          rs.getString("cause_type"), rs.getString("cause_message"));
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    /** Axon writes the queue's instants as ISO-8601 text. */
    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static Instant timestamp(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Object[] positionAfter(String cursor) {
        Cursor after = Cursor.decode(cursor, 2);
        return new Object[]{after.instant(0).atOffset(ZoneOffset.UTC), after.text(1)};
    }
}
