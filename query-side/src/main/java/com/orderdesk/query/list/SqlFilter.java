package com.orderdesk.query.list;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conditions of a list's {@code WHERE} clause, joined by {@code AND}, with their parameters in order. A
 * condition whose value is absent (null, or an empty collection) adds nothing. Column names come from code, never
 * from input; values always travel as parameters ({@link Instant}s as timestamps).
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** A condition that always applies, with one parameter per {@code ?}. */
    public SqlFilter and(String condition, Object... values) {
        conditions.add(condition);
        Arrays.stream(values).map(SqlFilter::parameter).forEach(params::add);
        return this;
    }

    /** The condition if it applies (its values are not used otherwise). */
    public SqlFilter when(boolean applies, String condition, Object... values) {
        return applies ? and(condition, values) : this;
    }

    /** {@code column = value}, unless the value is null. */
    public SqlFilter equal(String column, Object value) {
        return value == null ? this : and(column + " = ?", value);
    }

    /** {@code column} is one of the values, unless there are none. */
    public SqlFilter anyOf(String column, Collection<String> values) {
        return values == null || values.isEmpty() ? this
                : and(column + " = ANY (?)", (Object) values.stream().sorted().toArray(String[]::new));
    }

    /** The text array {@code column} holds every one of the values, unless there are none. */
    public SqlFilter containsAll(String column, Collection<String> values) {
        return values == null || values.isEmpty() ? this
                : and(column + " @> ?::text[]", (Object) values.stream().sorted().toArray(String[]::new));
    }

    /** {@code column} from {@code from} (inclusive) to {@code to} (exclusive); either bound may be null. */
    public SqlFilter within(String column, Instant from, Instant to) {
        if (from != null) {
            and(column + " >= ?", from);
        }
        return to == null ? this : and(column + " < ?", to);
    }

    /** One of the columns contains the text, case-insensitively and literally ({@code %} and {@code _} too). */
    public SqlFilter contains(String text, String... columns) {
        if (text == null) {
            return this;
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        conditions.add(Arrays.stream(columns).map(column -> column + " ILIKE ? ESCAPE '\\'")
                             .collect(Collectors.joining(" OR ", "(", ")")));
        Arrays.stream(columns).forEach(column -> params.add(pattern));
        return this;
    }

    /**
     * Keyset paging: rows after {@code position} in the order of {@code columns} (a row comparison, so the list's
     * index serves it), unless there is no position (the first page).
     */
    public SqlFilter after(String columns, boolean ascending, Object... position) {
        if (position == null) {
            return this;
        }
        String placeholders = Collections.nCopies(position.length, "?").stream().collect(Collectors.joining(", "));
        return and("(" + columns + ") " + (ascending ? ">" : "<") + " (" + placeholders + ")", position);
    }

    /** The conditions joined by {@code AND}; {@code TRUE} when there are none. */
    public String sql() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /** The conditions' parameters in order, followed by {@code following} (a {@code LIMIT}, say). */
    public List<Object> params(Object... following) {
        List<Object> all = new ArrayList<>(params);
        Arrays.stream(following).map(SqlFilter::parameter).forEach(all::add);
        return all;
    }

    private static Object parameter(Object value) {
        return value instanceof Instant instant ? Timestamp.from(instant) : value;
    }
}
