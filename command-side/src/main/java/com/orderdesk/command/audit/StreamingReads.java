package com.orderdesk.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.function.Supplier;

/**
 * Reads that walk the whole event store: in a read-only transaction with a fetch size, PostgreSQL hands rows
 * over in batches through a cursor, so the store is never held in memory.
 */
@Component
class StreamingReads {

    private static final int FETCH_SIZE = 500;

    private final JdbcClient client;
    private final TransactionTemplate readOnly;

    StreamingReads(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.client = JdbcClient.create(fetching);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the work in one read-only transaction; queries on {@link #client()} stream inside it. */
    <T> T readOnly(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    JdbcClient client() {
        return client;
    }
}
