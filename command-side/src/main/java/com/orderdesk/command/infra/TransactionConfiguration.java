package com.orderdesk.command.infra;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Declared here because Axon 4.13 orders its transaction auto-configuration after Boot 3's class names: under
 * Boot 4 it silently falls back to a no-op manager, and every statement of a unit of work would commit on its own.
 * With these beans an event append and the state written beside it, or a projection batch and its token, commit
 * together or not at all.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }
}
