package com.orderdesk.query.infra;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data source is declared here rather than left to Boot: Axon 4.13's JDBC auto-configuration is conditional
 * on a DataSource bean but is not ordered after Boot 4's DataSource auto-configuration, so without a user-declared
 * bean Axon's event store and token store would silently not be configured.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    /**
     * Without a configured password, the embedded PostgreSQL's: the command side generated it on first start, into a
     * file only their owner reads ({@code orderdesk.embedded-postgres.password-file}).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties,
                                @Value("${orderdesk.embedded-postgres.password-file:}") Path passwordFile)
            throws IOException {
        DataSourceBuilder<HikariDataSource> builder = properties.initializeDataSourceBuilder()
                                                                .type(HikariDataSource.class);
        if ((properties.getPassword() == null || properties.getPassword().isEmpty()) && passwordFile != null
            && Files.isRegularFile(passwordFile)) {
            builder.password(Files.readString(passwordFile).strip());
        }
        return builder.build();
    }
}
