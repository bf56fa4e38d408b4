package com.orderdesk.command.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster keeps its files; survives restarts unless {@code ephemeral}
 * @param port          TCP port on localhost; 0 picks a free one
 * @param ephemeral     start from an empty temporary directory and delete it on shutdown (tests); durable
 *                      ({@code fsync}, {@code synchronous_commit} on) either way
 * @param passwordFile  the superuser's password, generated on first start (owner-only); an ephemeral server has
 *                      a password of its own that lives as long as the JVM
 */
@ConfigurationProperties("orderdesk.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("15432") int port,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("./data/keys/postgres-password") Path passwordFile) {
}
