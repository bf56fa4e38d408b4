package com.orderdesk.query.infra;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Set-like edits of a {@code TEXT[]} column of one row (tags, assignees, watchers, followers): adding keeps each
 * value once, removing takes every copy. Table and column names come from the projections' code, never from input.
 */
public final class TextArrays {

    private TextArrays() {
    }

    /** Appends {@code value} to {@code table.column} of the row {@code keyColumn = key}, unless it is there. */
    public static void add(JdbcClient jdbc, String table, String column, String keyColumn, String key,
                           String value) {
        jdbc.sql("UPDATE " + table + " SET " + column + " = array_append(" + column + ", ?) WHERE " + keyColumn
                 + " = ? AND NOT (? = ANY (" + column + "))")
            .params(value, key, value).update();
    }

    /** Removes {@code value} from {@code table.column} of the row {@code keyColumn = key}. */
    public static void remove(JdbcClient jdbc, String table, String column, String keyColumn, String key,
                              String value) {
        jdbc.sql("UPDATE " + table + " SET " + column + " = array_remove(" + column + ", ?) WHERE " + keyColumn
                 + " = ?")
            .params(value, key).update();
    }
}
