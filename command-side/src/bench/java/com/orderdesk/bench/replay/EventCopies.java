package com.orderdesk.bench.replay;

import com.orderdesk.bench.harness.Database;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Appends copies of real events (written over HTTP) straight into the event store with SQL: the fast way to a
 * large store. A copy keeps payload, metadata, type and time of its template and gets a new event id, a new
 * aggregate id and a new external order number (text replacement in the JSON).
 * <p>
 * Why this deserialises: the templates are orders without customer contact, so their payloads hold no value
 * sealed with the order's own key ({@code customer:<order id>}, whose id is authenticated data and could not be
 * renamed). What stays sealed is device information in the metadata, under the account's and the day's keys,
 * which the copies share with the template. Rows go through the append trigger (position under the append lock),
 * in aggregate then sequence order, so every copy's events are in order in the stream.
 */
public final class EventCopies {

    private final Database database;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    public EventCopies(Database database) {
        this.database = database;
    }

    /** The SELECT list that turns template row {@code e} into a copy for aggregate {@code c.new_id}. */
    private static final String COPY_COLUMNS = """
            gen_random_uuid()::text, c.new_id, %s, e.type, e.time_stamp, e.payload_type, e.payload_revision,
            convert_to(replace(replace(convert_from(e.payload, 'UTF8'), e.aggregate_identifier, c.new_id),
                               ?, c.new_number), 'UTF8'),
            convert_to(replace(convert_from(e.meta_data, 'UTF8'), e.aggregate_identifier, c.new_id), 'UTF8')""";

    private static final String INSERT = """
            INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload, meta_data)
            """;

    /** SQL for the new aggregate id of copy number {@code g}: a UUID derived from this run and the number. */
    private String newId(String g) {
        return "md5('" + runId + "-' || " + g + ")::uuid::text";
    }

    /**
     * Copies every event of the template aggregate for copy numbers {@code from..to}; answers events inserted.
     * Copy g's order number is {@code <prefix><run>-<g>}.
     */
    public long copyAggregate(String templateId, String templateNumber, String numberPrefix, long from, long to)
            throws SQLException {
        return database.update(INSERT + "SELECT " + COPY_COLUMNS.formatted("e.sequence_number") + """
                 FROM (SELECT g, %s AS new_id, ? || g AS new_number FROM generate_series(?::bigint, ?::bigint) g) c
                 CROSS JOIN (SELECT * FROM event_store.domain_event_entry WHERE aggregate_identifier = ?) e
                 ORDER BY c.g, e.sequence_number""".formatted(newId("g")),
                templateNumber, numberPrefix + runId + "-", from, to, templateId);
    }

    /**
     * Makes copy g (one per number in {@code from..to}) a long aggregate: the template's event 0, then events
     * 1..length-1 alternating the template's events 1 and 2 (a pair that undo each other, such as tag/untag).
     * Answers events inserted; {@link #aggregateId} gives the copies' ids.
     */
    public long copyLongAggregate(String templateId, String templateNumber, String numberPrefix, long from, long to,
                                  int length) throws SQLException {
        return database.update(INSERT + "SELECT " + COPY_COLUMNS.formatted("k") + """
                 FROM (SELECT g, %s AS new_id, ? || g AS new_number FROM generate_series(?::bigint, ?::bigint) g) c
                 CROSS JOIN generate_series(0, ? - 1) k
                 JOIN (SELECT * FROM event_store.domain_event_entry WHERE aggregate_identifier = ?) e
                   ON e.sequence_number = CASE WHEN k = 0 THEN 0 WHEN k %% 2 = 1 THEN 1 ELSE 2 END
                 ORDER BY c.g, k""".formatted(newId("g")),
                templateNumber, numberPrefix + runId + "-", from, to, length, templateId);
    }

    /** The aggregate id the copies gave copy number g. */
    public String aggregateId(long g) throws SQLException {
        return database.queryString("SELECT " + newId("?::bigint"), g);
    }
}
