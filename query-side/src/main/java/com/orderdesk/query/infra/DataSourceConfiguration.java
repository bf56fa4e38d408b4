package com.orderdesk.query.infra;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
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

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
