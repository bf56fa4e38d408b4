package com.orderdesk.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One ephemeral embedded PostgreSQL per test JVM with the query side's migrations, for projection tests. */
public final class ReadModelDatabase {

    private static JdbcTemplate template;
    private static JdbcClient jdbc;

    private ReadModelDatabase() {
    }

    public static synchronized JdbcClient jdbc() {
        if (jdbc == null) {
            try {
                // Durable like every server OrderDesk starts (EmbeddedPostgresServer): zonky's test defaults (-F,
                // synchronous_commit=off) are overridden. Stopped by its own shutdown hook.
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                                                            .setServerConfig("synchronous_commit", "on")
                                                            .setServerConfig("full_page_writes", "on").start();
                DataSource dataSource = postgres.getPostgresDatabase();
                Flyway.configure().dataSource(dataSource).schemas("query_side").defaultSchema("query_side")
                      .locations("classpath:db/migration/query").load().migrate();
                template = new JdbcTemplate(dataSource);
                jdbc = JdbcClient.create(template);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jdbc;
    }

    /** The same database for writes that need JDBC batches. */
    public static synchronized JdbcTemplate template() {
        jdbc();
        return template;
    }
}
