package com.orderdesk.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/** Plain JDBC access to the system's database, for the insert ceiling, data generation and checks. */
public record Database(String url, String username, String password, boolean embedded) {

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Runs one statement in its own autocommit connection; answers the update count. */
    public long update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement statement = prepare(c, sql, params)) {
            return statement.executeLargeUpdate();
        }
    }

    public long queryLong(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement statement = prepare(c, sql, params);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public String queryString(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement statement = prepare(c, sql, params);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
