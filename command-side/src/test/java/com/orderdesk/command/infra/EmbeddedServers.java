package com.orderdesk.command.infra;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Settings and connections for the tests that start embedded servers of their own. */
final class EmbeddedServers {

    private EmbeddedServers() {
    }

    /** A server keeping its data in {@code dataDirectory}, its password file beside it. */
    static EmbeddedPostgresProperties keptIn(Path dataDirectory, int port) {
        return new EmbeddedPostgresProperties(dataDirectory, port, false,
                                              dataDirectory.resolveSibling(dataDirectory.getFileName() + "-password"));
    }

    static EmbeddedPostgresProperties ephemeral() {
        return new EmbeddedPostgresProperties(Path.of("unused"), 0, true, Path.of("unused"));
    }

    static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }
}
