package com.orderdesk.command.infra;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Scheduled work that must run on one command-side instance at a time, whatever the number of instances: a
 * PostgreSQL session lock held on a connection of its own for the length of one round. A round that finds the lock
 * taken is skipped (another instance is doing it); an instance that dies mid-round loses its connection, and with
 * it the lock, so the next round elsewhere goes on.
 */
@Component
public class ExclusiveRun {

    /** Lock keys of the command side: the append lock is 7345001, the chain extender 7345002. */
    public static final long PRIVACY_JOB = 7345003;

    private final DataSource dataSource;

    ExclusiveRun(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} unless another instance holds {@code lock}; answers whether it ran. */
    public boolean ifFree(long lock, Runnable work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!call(connection, "SELECT pg_try_advisory_lock(?)", lock)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)", lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take or release the lock " + lock, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean call(Connection connection, String sql, long lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, lock);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
