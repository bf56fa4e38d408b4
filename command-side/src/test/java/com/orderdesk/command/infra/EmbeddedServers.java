package com.orderdesk.command.infra;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Settings and connections for the tests that start embedded servers of their own. */
public final class EmbeddedServers {

    private EmbeddedServers() {
    }

    /** A server keeping its data in {@code dataDirectory}, its password file beside it. */
    static EmbeddedPostgresProperties keptIn(Path dataDirectory, int port) {
        return new EmbeddedPostgresProperties(dataDirectory, port, false,
                                              dataDirectory.resolveSibling(dataDirectory.getFileName() + "-password"));
    }

    public static EmbeddedPostgresProperties ephemeral() {
        return new EmbeddedPostgresProperties(Path.of("unused"), 0, true, Path.of("unused"));
    }

    static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    /** A data source on the server, with its password. */
    public static PGSimpleDataSource dataSource(EmbeddedPostgresServer server) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        dataSource.setUser(server.username());
        dataSource.setPassword(server.password());
        return dataSource;
    }

    /** The same, with the command side's schemas migrated (event store and command-side tables). */
    public static PGSimpleDataSource migrated(EmbeddedPostgresServer server) {
        PGSimpleDataSource dataSource = dataSource(server);
        Flyway.configure().dataSource(dataSource).schemas("event_store", "command_side")
              .defaultSchema("event_store").locations("classpath:db/migration/command").load().migrate();
        return dataSource;
    }
}
