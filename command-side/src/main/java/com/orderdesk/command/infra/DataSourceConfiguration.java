package com.orderdesk.command.infra;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source is declared here rather than left to Boot: Axon 4.13's JDBC auto-configuration is conditional
 * on a DataSource bean but is not ordered after Boot 4's DataSource auto-configuration, so without a user-declared
 * bean Axon's event store and token store would silently not be configured.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    /** No {@code spring.datasource.url}: start the embedded PostgreSQL and connect to it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    @EnableConfigurationProperties(EmbeddedPostgresProperties.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
            return EmbeddedPostgresServer.start(properties);
        }

        // Depends on the server bean, so on shutdown the pool closes before the server stops.
        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedPostgresServer server) {
            return DataSourceBuilder.create()
                                    .type(HikariDataSource.class)
                                    .url(server.jdbcUrl())
                                    .username(server.username())
                                    .password(server.password())
                                    .build();
        }
    }

    /** An external PostgreSQL given by {@code spring.datasource.*} (e.g. SPRING_DATASOURCE_URL). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
    static class External {

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(DataSourceProperties properties) {
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
    }
}
