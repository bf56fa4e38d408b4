package com.orderdesk.command.audit;

import com.orderdesk.command.infra.EmbeddedPostgresServer;
import com.orderdesk.command.infra.EmbeddedServers;
import com.orderdesk.command.refusal.Unsupported;
import com.orderdesk.command.security.SigningKeys;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Under an event store other than PostgreSQL's event table (here Axon's in-memory engine, as Axon Server would be),
 * the chain, its verification and its export never report on a table that holds no events: they refuse, and the
 * extender signs nothing.
 */
class EventTableTest {

    private static EmbeddedPostgresServer postgres;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void startDatabase() {
        postgres = EmbeddedPostgresServer.start(EmbeddedServers.ephemeral());
        dataSource = EmbeddedServers.migrated(postgres);
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @Test
    void withAnotherEventStoreTheChainRefusesInsteadOfVerifyingNothing(@TempDir Path keys) {
        EventTable elsewhere = eventTableOver(new InMemoryEventStorageEngine());
        SigningKeys signing = SigningKeys.loadOrCreate(keys.resolve("key.jwk.json"));
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        StreamingReads streaming = new StreamingReads(dataSource, transactions);
        JdbcClient jdbc = JdbcClient.create(dataSource);

        assertThat(elsewhere.holdsTheEvents()).isFalse();
        assertThatThrownBy(() -> new ChainVerifier(streaming, jdbc, signing, elsewhere).verify(null))
                .isInstanceOf(Unsupported.class).hasMessageContaining("Chain verification")
                .satisfies(refusal -> assertThat(((Unsupported) refusal).status()).isEqualTo(501));
        assertThatThrownBy(() -> new ChainExport(streaming, jdbc, signing, elsewhere)
                .write(new ByteArrayOutputStream(), null)).isInstanceOf(Unsupported.class);
        assertThat(new EventChain(jdbc, transactions, signing, Clock.systemUTC(), elsewhere).extend()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM command_side.event_chain_checkpoint").query(Long.class).single())
                .as("nothing signed").isZero();

        // The same table with PostgreSQL as the event store: verification answers (intact, empty as it is).
        Jackson3Serializer json = Jackson3Serializer.builder().build();
        EventTable here = eventTableOver(JdbcEventStorageEngine.builder()
                                                               .connectionProvider(dataSource::getConnection)
                                                               .transactionManager(NoTransactionManager.INSTANCE)
                                                               .eventSerializer(json).snapshotSerializer(json)
                                                               .build());
        assertThat(here.holdsTheEvents()).isTrue();
        assertThat(new ChainVerifier(streaming, jdbc, signing, here).verify(null).intact()).isTrue();
    }

    private static EventTable eventTableOver(EventStorageEngine engine) {
        return new EventTable(beanProvider(engine));
    }

    private static ObjectProvider<EventStorageEngine> beanProvider(EventStorageEngine engine) {
        return new StaticListableBeanFactory(Map.of("eventStorageEngine", engine))
                .getBeanProvider(EventStorageEngine.class);
    }
}
