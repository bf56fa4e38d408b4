package com.orderdesk.system;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon 4.13 orders its transaction auto-configuration after Boot 3's class names, so under Boot 4 it can fall back
 * to a no-op transaction manager: event appends, token updates and read-model writes would then each commit on
 * their own. Both apps must run every unit of work in one database transaction on their own data source.
 */
class TransactionWiringSystemTest extends SystemTest {

    @Test
    void commandSideUnitsOfWorkRunInDatabaseTransactions() {
        assertTransactional(apps.commandSide);
    }

    @Test
    void querySideUnitsOfWorkRunInDatabaseTransactions() {
        assertTransactional(apps.querySide);
    }

    private static void assertTransactional(ConfigurableApplicationContext context) {
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        PlatformTransactionManager platform = context.getBean(PlatformTransactionManager.class);
        assertThat(platform).isInstanceOf(DataSourceTransactionManager.class);
        assertThat(((DataSourceTransactionManager) platform).getDataSource())
                .isSameAs(context.getBean(DataSource.class));
    }
}
