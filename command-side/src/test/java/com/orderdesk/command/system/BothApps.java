package com.orderdesk.command.system;

import com.orderdesk.command.CommandSideApplication;
import com.orderdesk.command.infra.EmbeddedPostgresServer;
import com.orderdesk.query.QuerySideApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * Both Spring Boot apps in this JVM as two contexts, on one ephemeral embedded PostgreSQL started by the
 * command side, each on a random free HTTP port: the deployment of the run script, minus the processes.
 */
final class BothApps implements AutoCloseable {

    final ConfigurableApplicationContext commandSide;
    final ConfigurableApplicationContext querySide;
    final String commandUrl;
    final String queryUrl;
    final JdbcClient database;

    private BothApps(ConfigurableApplicationContext commandSide, ConfigurableApplicationContext querySide) {
        this.commandSide = commandSide;
        this.querySide = querySide;
        this.commandUrl = "http://localhost:" + port(commandSide);
        this.queryUrl = "http://localhost:" + port(querySide);
        this.database = JdbcClient.create(commandSide.getBean(DataSource.class));
    }

    static BothApps start() {
        // Command-line arguments, because they take precedence over each app's yml file.
        ConfigurableApplicationContext command = CommandSideApplication.builder()
                .run("--server.port=0",
                     "--orderdesk.embedded-postgres.ephemeral=true",
                     "--orderdesk.embedded-postgres.port=0");
        int databasePort = command.getBean(EmbeddedPostgresServer.class).port();
        ConfigurableApplicationContext query = QuerySideApplication.builder()
                .run("--server.port=0",
                     "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                     "--spring.datasource.username=postgres");
        return new BothApps(command, query);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        querySide.close();
        commandSide.close();
    }
}
